-- An account created or reset by an administrator changes its password at the first login (KISA guide:
-- an initial password is known to someone else). And a production server refuses to start while an account
-- still has the password printed in the README: password_is_published is set where a password is stored
-- (true only for the demo accounts); null marks rows from before this migration, checked once at start.
alter table app_user
  add column must_change_password boolean not null default false,
  add column password_is_published boolean;
