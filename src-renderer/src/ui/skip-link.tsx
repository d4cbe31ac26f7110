// "Spring til indhold": the first stop of the Tab key, past the header and the groups, straight to the page.
import { useTranslation } from 'react-i18next';
import './skip-link.css';

export const MAIN_CONTENT_ID = 'main-content';
/** The class the skip link's target wears, so focusing it draws no ring. */
export const SKIP_LINK_TARGET_CLASS = 'skip-link-target';

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT_ID}`}
      onClick={(event) => {
        // Focus moves by hand: a fragment in the address would be taken for a route (the projector's #/present/…).
        event.preventDefault();
        document.getElementById(MAIN_CONTENT_ID)?.focus();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
