SELECT
  "t8".*
  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
FROM (
  SELECT
    "t7"."person_id",
    "t7"."benefit",
    "t7"."start_date",
    "t7"."end_date",
    "t7"."first_contact_date",
    "t7"."target_group",
    "t7"."first_absence_date",
    "t7"."sickness_category",
    "t7"."employed",
    "t7"."handover_date",
    "t7"."expected_absence_weeks",
    "t7"."work_obligation",
    "t7"."municipality",
    "t7"."early_followup_request_date",
    "t7"."education_order",
    "t7"."periods",
    "t7"."window_start",
    "t7"."in_force",
    "t7"."_end_unconfirmed",
    "t7"."_plain",
    "t7"."_needed",
    "t7"."_ipid",
    "t7"."_ibenefit",
    "t7"."_istart",
    "t7"."_i_start",
    "t7"."_i_end",
    "t7"."_cum",
    CASE
      WHEN "t7"."_i_start" IS NOT NULL
      THEN CAST(CAST("t7"."_i_start" + TO_DAYS(CAST("t7"."_needed" - "t7"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
      ELSE "t7"."_plain"
    END AS "due0"
  FROM (
    SELECT
      "t6"."person_id",
      "t6"."benefit",
      "t6"."start_date",
      "t6"."end_date",
      "t6"."first_contact_date",
      "t6"."target_group",
      "t6"."first_absence_date",
      "t6"."sickness_category",
      "t6"."employed",
      "t6"."handover_date",
      "t6"."expected_absence_weeks",
      "t6"."work_obligation",
      "t6"."municipality",
      "t6"."early_followup_request_date",
      "t6"."education_order",
      "t6"."periods",
      "t6"."window_start",
      "t6"."in_force",
      "t6"."_end_unconfirmed",
      "t6"."_plain",
      "t6"."_needed",
      "t3"."_ipid",
      "t3"."_ibenefit",
      "t3"."_istart",
      "t3"."_i_start",
      "t3"."_i_end",
      "t3"."_cum"
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
        "t4"."periods",
        "t4"."window_start",
        (
          CASE
            WHEN "t4"."window_start" >= MAKE_DATE(2026, 7, 1)
            THEN CAST(NULL AS BIGINT)
            WHEN "t4"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 6
            ELSE CAST(NULL AS BIGINT)
          END IS NOT NULL
        )
        AND COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t4"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN ['dagpenge', 'kontanthjaelp']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t4"."benefit"
          ),
          FALSE
        )
        AND (
          (
            "t4"."target_group" IS NULL
          )
          OR COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t4"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['jobparat', 'aktivitetsparat']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t4"."target_group"
            ),
            FALSE
          )
        ) AS "in_force",
        COALESCE(
          (
            CASE
              WHEN "t4"."window_start" >= MAKE_DATE(2026, 7, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t4"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN 6
              ELSE CAST(NULL AS BIGINT)
            END IS NULL
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t4"."window_start" >= MAKE_DATE(2026, 7, 1)
                THEN [
                  'kontanthjaelp:aktivitetsparat',
                  'kontanthjaelp:uddannelsesparat',
                  'uddannelseshjaelp:aktivitetsparat',
                  'uddannelseshjaelp:uddannelsesparat',
                  'jobafklaring',
                  'ressourceforloeb',
                  'revalidering'
                ]
                ELSE CAST(NULL AS TEXT[])
              END,
              "t4"."benefit"
            )
            OR ARRAY_CONTAINS(
              CASE
                WHEN "t4"."window_start" >= MAKE_DATE(2026, 7, 1)
                THEN [
                  'kontanthjaelp:aktivitetsparat',
                  'kontanthjaelp:uddannelsesparat',
                  'uddannelseshjaelp:aktivitetsparat',
                  'uddannelseshjaelp:uddannelsesparat',
                  'jobafklaring',
                  'ressourceforloeb',
                  'revalidering'
                ]
                ELSE CAST(NULL AS TEXT[])
              END,
              CASE WHEN "t4"."benefit" IS NULL THEN NULL ELSE CONCAT("t4"."benefit", ':') END || COALESCE("t4"."target_group", '')
            ),
            FALSE
          ),
          FALSE
        ) AS "_end_unconfirmed",
        CAST(CAST("t4"."window_start" + TO_MONTHS(
          COALESCE(
            CASE
              WHEN "t4"."window_start" >= MAKE_DATE(2026, 7, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t4"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN 6
              ELSE CAST(NULL AS BIGINT)
            END,
            0
          )
        ) AS TIMESTAMP) AS DATE) AS "_plain",
        DATE_DIFF(
          'DAY',
          "t4"."window_start",
          CAST(CAST("t4"."window_start" + TO_MONTHS(
            COALESCE(
              CASE
                WHEN "t4"."window_start" >= MAKE_DATE(2026, 7, 1)
                THEN CAST(NULL AS BIGINT)
                WHEN "t4"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 6
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
        ) AS "_needed"
      FROM (
        SELECT
          "t0"."person_id",
          "t0"."benefit",
          "t0"."start_date",
          "t0"."end_date",
          "t0"."first_contact_date",
          "t0"."target_group",
          "t0"."first_absence_date",
          "t0"."sickness_category",
          "t0"."employed",
          "t0"."handover_date",
          "t0"."expected_absence_weeks",
          "t0"."work_obligation",
          "t0"."municipality",
          "t0"."early_followup_request_date",
          "t0"."education_order",
          "t0"."periods",
          CASE
            WHEN COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t0"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['kontanthjaelp', 'uddannelseshjaelp']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t0"."benefit"
              ),
              FALSE
            )
            THEN COALESCE("t0"."first_contact_date", "t0"."start_date")
            ELSE "t0"."start_date"
          END AS "window_start"
        FROM "_tilsyn_benefit_spells" AS "t0"
        WHERE
          "t0"."benefit" IN ('dagpenge', 'kontanthjaelp')
      ) AS "t4"
    ) AS "t6"
    LEFT OUTER JOIN (
      SELECT
        "t1"."person_id" AS "_ipid",
        "t1"."benefit" AS "_ibenefit",
        "t1"."start_date" AS "_istart",
        "t1"."i_start" AS "_i_start",
        "t1"."i_end" AS "_i_end",
        "t1"."cum_before" AS "_cum"
      FROM "_tilsyn_accumulated_islands" AS "t1"
    ) AS "t3"
      ON "t6"."person_id" = "t3"."_ipid"
      AND "t6"."benefit" = "t3"."_ibenefit"
      AND "t6"."start_date" = "t3"."_istart"
      AND "t3"."_cum" < "t6"."_needed"
      AND (
        (
          "t3"."_i_end" = MAKE_DATE(9999, 12, 31)
        )
        OR (
          (
            "t3"."_cum" + DATE_DIFF('DAY', "t3"."_i_start", "t3"."_i_end") + 1
          ) >= "t6"."_needed"
        )
      )
  ) AS "t7"
) AS "t8"
