/**
 * Unsaved-change protection of a form: while `dirty`, leaving the page (reload, close, typed
 * address) asks the browser's own question (`beforeunload`), and a click on an in-app link asks
 * `message` first — a capturing listener on the document runs before the router's `<Link>`
 * handler and cancels the click when the user stays. (The browser's back button is not
 * intercepted: the History API offers no cancellable event for it.)
 */
import { useEffect } from 'react';

export function useUnsavedChanges(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // older Chromium needs returnValue set to show the prompt
      e.returnValue = '';
    };
    const click = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey)
        return;
      const target = e.target instanceof Element ? e.target.closest('a[href]') : null;
      if (!(target instanceof HTMLAnchorElement)) return;
      if (target.target && target.target !== '_self') return;
      if (new URL(target.href).origin !== window.location.origin) return;
      if (window.confirm(message)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty, message]);
}
