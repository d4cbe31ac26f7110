// Danish and English texts of the header's note on who else has the workspaces folder open.
const da = {
  one: '{{name}} har også mappen åben siden {{since}}',
  many_one: '{{name}} og én anden har også mappen åben',
  many_other: '{{name}} og {{count}} andre har også mappen åben',
  entry: '{{name}}, siden {{since}}',
  explanation: 'Andre enheder med samme arbejdsmappe. I kan arbejde samtidig: ændringerne flettes, intet låses.',
  nameLabel: 'Dit navn for andre',
  nameDescription: 'Vises for dem, der har samme arbejdsmappe åben på en anden computer. Tomt: computerens brugernavn.',
  namePlaceholder: 'F.eks. Mette',
  nameSaved: 'Andre ser dig nu som «{{name}}».',
  nameCleared: 'Andre ser nu computerens brugernavn.',
};

const en: typeof da = {
  one: '{{name}} also has the folder open since {{since}}',
  many_one: '{{name}} and one other also have the folder open',
  many_other: '{{name}} and {{count}} others also have the folder open',
  entry: '{{name}}, since {{since}}',
  explanation: 'Other devices using the same workspaces folder. You can work at the same time: changes are merged, nothing is locked.',
  nameLabel: 'Your name for others',
  nameDescription: "Shown to those who have the same workspaces folder open on another computer. Empty: the computer's user name.",
  namePlaceholder: 'E.g. Mette',
  nameSaved: 'Others now see you as “{{name}}”.',
  nameCleared: "Others now see the computer's user name.",
};

export const presenceCatalogue = { da, en };
