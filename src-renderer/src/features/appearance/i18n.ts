// Danish and English texts of the appearance choice in Settings.
const da = {
  label: 'Udseende',
  description: 'Som systemet skifter mellem lyst og mørkt, når computeren gør.',
  light: 'Lyst',
  dark: 'Mørkt',
  auto: 'Som systemet',
};

const en: typeof da = {
  label: 'Appearance',
  description: 'System switches between light and dark when the computer does.',
  light: 'Light',
  dark: 'Dark',
  auto: 'System',
};

export const appearanceCatalogue = { da, en };
