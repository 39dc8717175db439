/**
 * The language switch in the header: one button per language, each named in its own language
 * (`lang` set so screen readers pronounce it), the current one marked with aria-pressed.
 */
import { useLocale, useT } from '../i18n/i18n.context.tsx';
import type { Locale } from '../i18n/translate.ts';

const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '中文' };

export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const t = useT();
  return (
    // biome-ignore lint/a11y/useSemanticElements: a button group, not a form field set
    <div className="language-switch" role="group" aria-label={t('header.language')}>
      {(Object.keys(LANGUAGE_NAMES) as Locale[]).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
