import { type ComponentProps, type FormEvent, type ReactNode, useState } from "react";
import type { Filters, ListParams } from "../../lib/listParams";
import { type Option, SelectField, TextField } from "../FormField";

type Errors<F extends string> = Partial<Record<F, string | null>>;

/** The filter form's draft and its fields, each bound to one filter (id: the form's prefix and the key). */
export interface FilterFields<F extends string> {
  draft: Filters<F>;
  set: (patch: Partial<Filters<F>>) => void;
  errors: Errors<F>;
  /** a choice among `options`, "전체" (or `placeholder`; null for none) when nothing is chosen */
  select: (
    key: F,
    label: string,
    options: Option[],
    more?: Omit<Partial<ComponentProps<typeof SelectField>>, "placeholder"> & {
      placeholder?: string | null;
      /** other filters that change with this one (a 시설 유형 when its 분야 changes) */
      also?: Partial<Filters<F>>;
    },
  ) => ReactNode;
  /** a text field (`type="search"` unless said otherwise) */
  text: (key: F, label: string, more?: Partial<ComponentProps<typeof TextField>>) => ReactNode;
  date: (key: F, label: string) => ReactNode;
  /** a checkbox that sets the filter to "true" */
  check: (key: F, label: string) => ReactNode;
}

interface ListFilterProps<F extends string> {
  list: ListParams<F, string>;
  /** the search landmark's name ("기관 검색") */
  label: string;
  /** ids of the fields: `${idPrefix}-${key}` (the key alone without a prefix) */
  idPrefix?: string;
  /** the draft's errors (the wrong end of a range): shown beside their fields, and nothing is searched */
  check?: (draft: Filters<F>) => Errors<F>;
  /** the draft as searched (a fixed 시도 left out) */
  prepare?: (draft: Filters<F>) => Filters<F>;
  /** conditions used less often, folded under a summary until one of `keys` is set */
  more?: { summary: string; keys: readonly NoInfer<F>[]; fields: (f: FilterFields<F>) => ReactNode };
  children: (f: FilterFields<F>) => ReactNode;
}

/**
 * A list's filter form: the fields, 초기화 (back to no conditions) and 검색. What was typed stays in the form
 * when a check fails; the form shows what is searched whenever the address changes (a link, 이전, 초기화).
 */
export function ListFilter<F extends string>(props: ListFilterProps<F>) {
  return <FilterForm key={props.list.key} {...props} />;
}

function FilterForm<F extends string>({
  list,
  label,
  idPrefix,
  check,
  prepare,
  more,
  children,
}: ListFilterProps<F>) {
  const [draft, setDraft] = useState<Filters<F>>(list.filters);
  const [errors, setErrors] = useState<Errors<F>>({});
  const set = (patch: Partial<Filters<F>>) => setDraft((d) => ({ ...d, ...patch }));
  const id = (key: F) => (idPrefix ? `${idPrefix}-${key}` : key);

  const fields: FilterFields<F> = {
    draft,
    set,
    errors,
    select: (key, fieldLabel, options, { also, placeholder = "전체", ...rest } = {}) => (
      <SelectField
        id={id(key)}
        label={fieldLabel}
        options={options}
        placeholder={placeholder ?? undefined}
        value={draft[key]}
        error={errors[key]}
        onChange={(e) => set({ ...also, [key]: e.target.value } as Partial<Filters<F>>)}
        {...rest}
      />
    ),
    text: (key, fieldLabel, rest = {}) => (
      <TextField
        id={id(key)}
        label={fieldLabel}
        type="search"
        value={draft[key]}
        error={errors[key]}
        onChange={(e) => set({ [key]: e.target.value } as Partial<Filters<F>>)}
        {...rest}
      />
    ),
    date: (key, fieldLabel) => (
      <TextField
        id={id(key)}
        label={fieldLabel}
        type="date"
        value={draft[key]}
        error={errors[key]}
        onChange={(e) => set({ [key]: e.target.value } as Partial<Filters<F>>)}
      />
    ),
    check: (key, fieldLabel) => (
      <div className="form-group">
        <div className="krds-form-check">
          <input
            type="checkbox"
            id={id(key)}
            checked={draft[key] === "true"}
            onChange={(e) => set({ [key]: e.target.checked ? "true" : "" } as Partial<Filters<F>>)}
          />
          <label htmlFor={id(key)}>{fieldLabel}</label>
        </div>
      </div>
    ),
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check?.(draft) ?? {};
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    list.search(prepare ? prepare(draft) : draft);
  };
  const reset = () => {
    setDraft(list.empty);
    setErrors({});
    list.reset();
  };

  return (
    <search className="app-filter" aria-label={label}>
      <form onSubmit={submit} noValidate>
        <div className="app-filter__grid">{children(fields)}</div>
        {more ? (
          <details
            className="app-filter__more"
            open={more.keys.some((k) => list.filters[k] !== list.empty[k]) || undefined}
          >
            <summary>{more.summary}</summary>
            <div className="app-filter__grid">{more.fields(fields)}</div>
          </details>
        ) : null}
        <div className="app-button-row app-filter__actions">
          <button type="button" className="krds-btn medium tertiary" onClick={reset}>
            초기화
          </button>
          <button type="submit" className="krds-btn medium primary">
            검색
          </button>
        </div>
      </form>
    </search>
  );
}
