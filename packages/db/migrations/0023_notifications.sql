-- 통합알림 (issue 17): what the system told whom, and the transactional outbox that delivers it.
-- A notification row is written in the same transaction as the change that causes it; its e-mail and SMS
-- deliveries are rows of notification_delivery in that transaction too, so a rolled-back change sends
-- nothing and a stopped process loses nothing: the delivery job sends what is pending when it next runs.

create table notification (
  id           uuid primary key,
  user_id      uuid not null references app_user (id),
  kind         text not null,
  title        text not null,
  body         text not null,
  link         text,                              -- the screen of the object, e.g. /official/inspections/…
  object_type  text,
  object_id    text,
  -- A sweep may run again the same day (a retry, a second process): one notice per user and key.
  dedupe_key   text,
  created_at   timestamptz not null default now(),
  read_at      timestamptz,
  unique (user_id, dedupe_key)
);
create index notification_user_idx on notification (user_id, created_at desc, id desc);
create index notification_unread_idx on notification (user_id) where read_at is null;

create table notification_delivery (
  id              uuid primary key default gen_random_uuid(),
  notification_id uuid not null references notification (id),
  channel         text not null check (channel in ('email', 'sms')),
  address         text not null,                  -- the e-mail address or phone number when it was written
  status          text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
  attempts        integer not null default 0,
  last_error      text,
  next_attempt_at timestamptz not null default now(),
  lease_until     timestamptz,                    -- a sender holds it until then; after, another may take it
  sent_at         timestamptz,
  created_at      timestamptz not null default now(),
  unique (notification_id, channel)
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at)
  where status in ('pending', 'sending');

create table notification_preference (
  user_id  uuid not null references app_user (id),
  kind     text not null,
  channel  text not null check (channel in ('email', 'sms')),
  enabled  boolean not null,
  updated_at timestamptz not null default now(),
  primary key (user_id, kind, channel)
);

-- The administrator's wording of a kind's message; without a row the default of packages/domain applies.
create table notification_template (
  kind            text primary key,
  subject         text not null,
  body            text not null,
  version         integer not null default 1,
  updated_by_name text not null,
  updated_at      timestamptz not null default now()
);

-- Second wall: a user reads only their own notifications and preferences. Writing a notice for others
-- (the service that resolves recipients) and the delivery job set app.notification_writer for their
-- statements only.
alter table notification enable row level security;
create policy notification_owner on notification
  using (user_id::text = current_setting('app.user_id', true)
         or current_setting('app.notification_writer', true) = 'on')
  with check (user_id::text = current_setting('app.user_id', true)
         or current_setting('app.notification_writer', true) = 'on');

alter table notification_delivery enable row level security;
create policy notification_delivery_writer on notification_delivery
  using (current_setting('app.notification_writer', true) = 'on')
  with check (current_setting('app.notification_writer', true) = 'on');

alter table notification_preference enable row level security;
create policy notification_preference_owner on notification_preference
  using (user_id::text = current_setting('app.user_id', true)
         or current_setting('app.notification_writer', true) = 'on')
  with check (user_id::text = current_setting('app.user_id', true));

grant select, insert, update on notification, notification_delivery to ssis_app;
grant select, insert, update, delete on notification_preference to ssis_app;
grant select, insert, update on notification_template to ssis_app;
