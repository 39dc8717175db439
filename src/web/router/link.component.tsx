/**
 * An in-app link: a real `<a href>` (so open-in-new-tab, copy link and screen readers work)
 * whose plain left click is turned into a client-side navigation.
 */
import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate, useLocation } from './location-store.ts';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: string;
}

export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { pathname } = useLocation();
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0) return;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    e.preventDefault();
    navigate(to);
  };
  const current = to.split('?')[0] === pathname ? 'page' : undefined;
  return (
    <a href={to} aria-current={current} onClick={handle} {...rest}>
      {children}
    </a>
  );
}
