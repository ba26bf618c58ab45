-- Revised plans: the date the plan itself gave a deadline, kept apart from due_date, which an
-- approved extension moves. A re-imported plan finds its deadlines by the plan's dates, so done
-- marks and approved extensions survive a revision. Deadlines extended before this migration
-- start with their extended date as the plan's date (the original one was not kept).
ALTER TABLE deadline ADD COLUMN planned_due DATE;
UPDATE deadline SET planned_due = due_date;
