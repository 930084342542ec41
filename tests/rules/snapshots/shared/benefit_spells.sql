SELECT
  "t5"."person_id",
  "t5"."benefit",
  "t5"."_key" AS "start_date",
  CASE
    WHEN "t5"."_end" = MAKE_DATE(9999, 12, 31)
    THEN CAST(NULL AS DATE)
    ELSE "t5"."_end"
  END AS "end_date",
  "t3"."first_contact_date",
  "t3"."target_group",
  "t3"."first_absence_date",
  "t3"."sickness_category",
  "t3"."employed",
  "t3"."handover_date",
  "t3"."expected_absence_weeks",
  "t3"."work_obligation",
  "t3"."municipality",
  "t5"."early_followup_request_date",
  "t5"."education_order",
  "t5"."periods"
FROM (
  SELECT
    "t0"."person_id",
    "t0"."benefit",
    "t0"."_key",
    MAX("t0"."_end") AS "_end",
    COUNT(*) AS "periods",
    FIRST("t0"."_rid" ORDER BY "t0"."start_date") AS "_first",
    MIN("t0"."early_followup_request_date") AS "early_followup_request_date",
    BOOL_OR(CAST(COALESCE("t0"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
  FROM "_tilsyn_benefit_rows" AS "t0"
  GROUP BY
    1,
    2,
    3
) AS "t5"
INNER JOIN (
  SELECT
    "t1"."rowid" AS "_frid",
    "t1"."first_contact_date",
    "t1"."target_group",
    "t1"."first_absence_date",
    "t1"."sickness_category",
    "t1"."employed",
    "t1"."handover_date",
    "t1"."expected_absence_weeks",
    "t1"."work_obligation",
    "t1"."municipality"
  FROM "benefit_periods" AS "t1"
) AS "t3"
  ON "t5"."_first" = "t3"."_frid"
