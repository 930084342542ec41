SELECT
  "t12"."person_id",
  "t12"."benefit",
  "t12"."start_date",
  "t12"."end_date",
  "t12"."first_contact_date",
  "t12"."target_group",
  "t12"."first_absence_date",
  "t12"."sickness_category",
  "t12"."employed",
  "t12"."handover_date",
  "t12"."expected_absence_weeks",
  "t12"."work_obligation",
  "t12"."municipality",
  "t12"."early_followup_request_date",
  "t12"."education_order",
  "t12"."periods",
  "t12"."window_start",
  "t12"."category_in_force",
  "t12"."category_exempt",
  "t12"."category_note",
  "t12"."_need",
  "t12"."due0",
  "t12"."exemption_start",
  "t12"."exemption_end",
  "t12"."exemption_reason",
  CASE
    WHEN (
      "t12"."exemption_end" IS NOT NULL
    )
    AND COALESCE(
      CASE
        WHEN "t12"."window_start" >= MAKE_DATE(2015, 1, 1)
        THEN TRUE
        ELSE CAST(NULL AS BOOLEAN)
      END,
      FALSE
    )
    THEN CAST(CAST("t12"."exemption_end" + TO_DAYS(
      DATE_DIFF('DAY', GREATEST("t12"."exemption_start", "t12"."window_start"), "t12"."due0") + 1
    ) AS TIMESTAMP) AS DATE)
    ELSE "t12"."due0"
  END AS "due_date",
  (
    "t12"."exemption_end" IS NOT NULL
  )
  AND COALESCE(
    CASE
      WHEN "t12"."window_start" >= MAKE_DATE(2015, 1, 1)
      THEN TRUE
      ELSE CAST(NULL AS BOOLEAN)
    END,
    FALSE
  ) AS "exemption_applies"
FROM (
  SELECT
    "t11".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
      "t6"."category_in_force",
      "t6"."category_exempt",
      "t6"."category_note",
      "t6"."_need",
      "t6"."due0",
      "t10"."person_id" AS "person_id_right",
      "t10"."benefit" AS "benefit_right",
      "t10"."start_date" AS "start_date_right",
      "t10"."exemption_start",
      "t10"."exemption_end",
      "t10"."exemption_reason"
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
        "t0"."window_start",
        "t0"."category_in_force",
        "t0"."category_exempt",
        "t0"."category_note",
        CASE
          WHEN "t0"."window_start" >= MAKE_DATE(2026, 7, 1)
          THEN 1
          WHEN "t0"."window_start" >= MAKE_DATE(2020, 1, 1)
          THEN 4
          WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
          THEN CAST(NULL AS BIGINT)
          ELSE CAST(NULL AS BIGINT)
        END AS "_need",
        CAST(CAST(CAST(CAST("t0"."window_start" + TO_MONTHS(
          COALESCE(
            CASE
              WHEN "t0"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN 6
              ELSE CAST(NULL AS BIGINT)
            END,
            0
          )
        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
      FROM "_tilsyn_sick_spells" AS "t0"
      WHERE
        CASE
          WHEN "t0"."window_start" >= MAKE_DATE(2026, 7, 1)
          THEN 1
          WHEN "t0"."window_start" >= MAKE_DATE(2020, 1, 1)
          THEN 4
          WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
          THEN CAST(NULL AS BIGINT)
          ELSE CAST(NULL AS BIGINT)
        END IS NOT NULL
    ) AS "t6"
    LEFT OUTER JOIN (
      SELECT
        "t8"."person_id",
        "t8"."benefit",
        "t8"."start_date",
        FIRST("t8"."_from" ORDER BY "t8"."_to" DESC) AS "exemption_start",
        MAX("t8"."_to") AS "exemption_end",
        FIRST("t8"."_reason" ORDER BY "t8"."_to" DESC) AS "exemption_reason"
      FROM (
        SELECT
          "t7"."person_id",
          "t7"."benefit",
          "t7"."start_date",
          "t7"."_day",
          "t3"."_pid",
          "t3"."_from",
          "t3"."_to",
          "t3"."_reason"
        FROM (
          SELECT
            "t0"."person_id",
            "t0"."benefit",
            "t0"."start_date",
            CAST(CAST(CAST(CAST("t0"."window_start" + TO_MONTHS(
              COALESCE(
                CASE
                  WHEN "t0"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN 6
                  ELSE CAST(NULL AS BIGINT)
                END,
                0
              )
            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
          FROM "_tilsyn_sick_spells" AS "t0"
          WHERE
            CASE
              WHEN "t0"."window_start" >= MAKE_DATE(2026, 7, 1)
              THEN 1
              WHEN "t0"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN 4
              WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
        ) AS "t7"
        INNER JOIN (
          SELECT
            "t1"."person_id" AS "_pid",
            "t1"."start_date" AS "_from",
            "t1"."end_date" AS "_to",
            "t1"."reason" AS "_reason"
          FROM "exemptions" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
        ) AS "t3"
          ON "t7"."person_id" = "t3"."_pid"
          AND "t3"."_from" <= "t7"."_day"
          AND "t3"."_to" >= "t7"."_day"
      ) AS "t8"
      GROUP BY
        1,
        2,
        3
    ) AS "t10"
      ON "t6"."person_id" = "t10"."person_id"
      AND "t6"."benefit" = "t10"."benefit"
      AND "t6"."start_date" = "t10"."start_date"
  ) AS "t11"
) AS "t12"
