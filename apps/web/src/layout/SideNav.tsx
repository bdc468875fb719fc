import { type ReactNode, useId, useState } from "react";
import { NavLink } from "react-router-dom";
import type { MenuBadge, MenuGroup } from "../navigation/menu";

/**
 * KRDS side navigation built from the menu data. Plain buttons (groups) and links (pages) in lists:
 * Tab moves through them and Enter/Space opens, so no ARIA menu keyboard model is needed.
 */
export function SideNav({
  title,
  groups,
  badges = {},
}: {
  title: string;
  groups: MenuGroup[];
  /** live counts beside some items (내 할 일): outside the link, which keeps its name, and describing it */
  badges?: Partial<Record<MenuBadge, ReactNode>>;
}) {
  const baseId = useId();
  const [collapsed, setCollapsed] = useState<Record<string, boolean>>({});
  return (
    <nav className="krds-side-navigation app-side-nav" aria-label={title}>
      <h2 className="lnb-tit">{title}</h2>
      <ul className="lnb-list">
        {groups.map((group) => {
          const open = !collapsed[group.id];
          const listId = `${baseId}-${group.id}`;
          return (
            <li key={group.id} className={`lnb-item${open ? " active" : ""}`}>
              <button
                type="button"
                className="lnb-btn lnb-toggle"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => setCollapsed((c) => ({ ...c, [group.id]: open }))}
              >
                {group.label}
              </button>
              <div className="lnb-submenu">
                <ul id={listId}>
                  {group.items.map((item) => {
                    const badge = item.badge ? badges[item.badge] : undefined;
                    const badgeId = `${listId}-${item.id}-badge`;
                    return (
                      <li key={item.id} className={`lnb-subitem${badge ? " app-has-badge" : ""}`}>
                        <NavLink
                          to={item.to}
                          end={item.end}
                          className={({ isActive }) => `lnb-btn lnb-link${isActive ? " selected" : ""}`}
                          tabIndex={open ? undefined : -1}
                          aria-describedby={badge ? badgeId : undefined}
                        >
                          {item.label}
                        </NavLink>
                        {badge ? (
                          <span id={badgeId} className="app-nav-badge">
                            {badge}
                          </span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              </div>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
