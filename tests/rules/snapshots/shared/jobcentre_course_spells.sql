SELECT
  "t6"."person_id" AS "_k_person_id",
  "t6"."benefit" AS "_k_benefit",
  "t6"."start_date" AS "_k_start_date"
FROM (
  SELECT
    "t4"."person_id",
    "t4"."benefit",
    "t4"."start_date",
    "t4"."end_date",
    "t4"."first_contact_date",
    "t4"."target_group",
    "t4"."first_absence_date",
    "t4"."sickness_category",
    "t4"."employed",
    "t4"."handover_date",
    "t4"."expected_absence_weeks",
    "t4"."work_obligation",
    "t4"."municipality",
    "t4"."early_followup_request_date",
    "t4"."education_order",
    "t4"."periods"
  FROM (
    SELECT
      *
    FROM "_tilsyn_benefit_spells" AS "t0"
    WHERE
      "t0"."benefit" IN ('dagpenge')
  ) AS "t4"
  SEMI JOIN (
    SELECT
      "t1"."person_id" AS "_mpid",
      "t1"."start_date" AS "_mstart"
    FROM "benefit_periods" AS "t1"
    WHERE
      "t1"."benefit" = 'dagpenge' AND COALESCE("t1"."jobcentre_course", FALSE)
  ) AS "t5"
    ON "t4"."person_id" = "t5"."_mpid"
    AND "t5"."_mstart" >= "t4"."start_date"
    AND (
      (
        "t4"."end_date" IS NULL
      ) OR (
        "t5"."_mstart" <= "t4"."end_date"
      )
    )
) AS "t6"
WHERE
  CASE
    WHEN "t6"."start_date" >= MAKE_DATE(2026, 7, 1)
    THEN CAST(NULL AS BIGINT)
    WHEN "t6"."start_date" >= MAKE_DATE(2024, 1, 1)
    THEN 6
    WHEN "t6"."start_date" >= MAKE_DATE(2020, 1, 1)
    THEN CAST(NULL AS BIGINT)
    ELSE CAST(NULL AS BIGINT)
  END IS NOT NULL
