import type { ReactNode } from "react";
import { Link } from "react-router-dom";
import { usePageTitle } from "../lib/pageTitle";

export interface Crumb {
  label: string;
  to?: string;
}

interface PageHeaderProps {
  title: string;
  /** trail from the portal home to the parent of this page */
  breadcrumbs?: Crumb[];
  description?: ReactNode;
  actions?: ReactNode;
}

/** KRDS breadcrumb + the page's single h1 (focused by the shell after navigation). */
export function PageHeader({ title, breadcrumbs = [], description, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <div className="app-page-header">
      <nav className="krds-breadcrumb-wrap" aria-label="현재 경로" id="breadcrumb">
        <ol className="breadcrumb">
          {breadcrumbs.map((crumb, index) => (
            <li key={`${crumb.label}|${crumb.to ?? ""}`} className={index === 0 ? "home" : undefined}>
              {crumb.to ? (
                <Link to={crumb.to} className="txt">
                  {crumb.label}
                </Link>
              ) : (
                <span className="txt">{crumb.label}</span>
              )}
            </li>
          ))}
          <li>
            <span className="txt" aria-current="page">
              {title}
            </span>
          </li>
        </ol>
      </nav>
      <div className="app-page-header__row">
        <h1 className="app-page-title" tabIndex={-1}>
          {title}
        </h1>
        {actions ? <div className="app-page-header__actions">{actions}</div> : null}
      </div>
      {description ? <div className="app-page-description">{description}</div> : null}
    </div>
  );
}

/** The header's way back to the list the screen was opened from. */
export function BackToList({ to }: { to: string }) {
  return (
    <Link to={to} className="krds-btn medium secondary">
      목록으로
    </Link>
  );
}
