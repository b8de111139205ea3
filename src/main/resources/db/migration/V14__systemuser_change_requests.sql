-- Issue 18, item 2. An agent onboarding's delegated clients as Altinn last listed them (organisation numbers,
-- space-separated), when Kurer last read them and the error of the last failed read; and a standard onboarding's
-- latest change request for more access packages (Altinn's id, which is Kurer's correlation-id, its status in Altinn's
-- spelling, the confirm link, the packages asked for, the error of the last failed follow-up).
-- The same SQL on H2 and PostgreSQL.

ALTER TABLE systemuser_registration ADD COLUMN delegated_clients VARCHAR(100000);
ALTER TABLE systemuser_registration ADD COLUMN clients_checked TIMESTAMP WITH TIME ZONE;
ALTER TABLE systemuser_registration ADD COLUMN clients_error VARCHAR(2000);

ALTER TABLE systemuser_registration ADD COLUMN change_request_id VARCHAR(100);
ALTER TABLE systemuser_registration ADD COLUMN change_status VARCHAR(30);
ALTER TABLE systemuser_registration ADD COLUMN change_confirm_url VARCHAR(2000);
ALTER TABLE systemuser_registration ADD COLUMN change_packages VARCHAR(2000);
ALTER TABLE systemuser_registration ADD COLUMN change_error VARCHAR(2000);
ALTER TABLE systemuser_registration ADD COLUMN change_updated TIMESTAMP WITH TIME ZONE;
