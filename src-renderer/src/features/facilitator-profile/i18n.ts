// Danish and English texts for the facilitator's profile: the first-run step and the section in Settings.
const da = {
  sectionTitle: 'Dig som afsender',
  sectionDescription: 'Underskriver alle mails og står som ansvarlig i invitationer. Gemmes på denne computer.',
  firstRunTitle: 'Hvem skriver?',
  firstRunBody:
    'Skriv dit navn og dine kontaktoplysninger én gang, så underskriver appen mails og dokumenter for dig. Du kan altid ændre dem under Indstillinger.',
  fillIn: 'Udfyld min profil',
  skip: 'Spring over',
  skipped: 'Du kan udfylde din profil senere under Indstillinger.',
  name: 'Navn',
  namePlaceholder: 'F.eks. Karen Friis',
  title: 'Titel',
  titlePlaceholder: 'F.eks. Netværksfacilitator',
  organisation: 'Organisation',
  phone: 'Telefon',
  email: 'E-mail',
  emailDescription: 'Står som afsender på mails til gruppen.',
  signature: 'Egen underskrift',
  signatureDescription: 'Tom: navn, titel, organisation, telefon og e-mail, én pr. linje.',
  preview: 'Sådan slutter dine mails',
  previewEmpty: 'Mails slutter med hilsenen, indtil du skriver dit navn.',
  greeting: 'Venlig hilsen',
  save: 'Gem profil',
  saved: 'Din profil er gemt. Nye mails og dokumenter bruger den.',
};

const en: typeof da = {
  sectionTitle: 'You as the sender',
  sectionDescription: 'Signs every mail and appears as the person responsible in invitations. Kept on this computer.',
  firstRunTitle: 'Who is writing?',
  firstRunBody:
    'Enter your name and contact details once, and the app signs mails and documents for you. You can always change them under Settings.',
  fillIn: 'Fill in my profile',
  skip: 'Skip',
  skipped: 'You can fill in your profile later under Settings.',
  name: 'Name',
  namePlaceholder: 'E.g. Karen Friis',
  title: 'Title',
  titlePlaceholder: 'E.g. Network facilitator',
  organisation: 'Organisation',
  phone: 'Phone',
  email: 'E-mail',
  emailDescription: 'Shown as the sender of mails to the group.',
  signature: 'Your own signature',
  signatureDescription: 'Empty: name, title, organisation, phone and e-mail, one per line.',
  preview: 'How your mails end',
  previewEmpty: 'Mails end with the closing words until you enter your name.',
  greeting: 'Kind regards',
  save: 'Save profile',
  saved: 'Your profile is saved. New mails and documents use it.',
};

export const facilitatorProfileCatalogue = { da, en };
