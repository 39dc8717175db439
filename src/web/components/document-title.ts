/** Sets the tab title per screen (WCAG 2.4.2: pages have titles that describe them). */
import { useEffect } from 'react';

export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · oncotrial` : 'oncotrial';
  }, [title]);
}
