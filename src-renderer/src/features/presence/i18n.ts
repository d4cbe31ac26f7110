// Danish and English texts of the header's note on who else has the workspaces folder open.
const da = {
  one: '{{name}} har også mappen åben siden {{since}}',
  many_one: '{{name}} og én anden har også mappen åben',
  many_other: '{{name}} og {{count}} andre har også mappen åben',
  entry: '{{name}}, siden {{since}}',
  explanation: 'Andre enheder med samme arbejdsmappe. I kan arbejde samtidig: ændringerne flettes, intet låses.',
};

const en: typeof da = {
  one: '{{name}} also has the folder open since {{since}}',
  many_one: '{{name}} and one other also have the folder open',
  many_other: '{{name}} and {{count}} others also have the folder open',
  entry: '{{name}}, since {{since}}',
  explanation: 'Other devices using the same workspaces folder. You can work at the same time: changes are merged, nothing is locked.',
};

export const presenceCatalogue = { da, en };
