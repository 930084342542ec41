WITH "t8" AS (
  SELECT
    "t7"."person_id",
    "t7"."benefit",
    "t7"."start_date",
    CASE
      WHEN "t7"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t7"."_end"
    END AS "end_date",
    "t7"."first_contact_date",
    "t7"."target_group",
    "t7"."first_absence_date",
    "t7"."sickness_category",
    "t7"."employed",
    "t7"."handover_date",
    "t7"."expected_absence_weeks",
    "t7"."work_obligation",
    "t7"."municipality",
    "t7"."periods",
    COALESCE("t7"."first_absence_date", "t7"."start_date") AS "window_start"
  FROM (
    SELECT
      "t6"."person_id",
      "t6"."benefit",
      "t6"."_spell",
      MIN("t6"."start_date") AS "start_date",
      MAX("t6"."_end") AS "_end",
      FIRST("t6"."first_contact_date" ORDER BY "t6"."start_date") AS "first_contact_date",
      FIRST("t6"."target_group" ORDER BY "t6"."start_date") AS "target_group",
      FIRST("t6"."first_absence_date" ORDER BY "t6"."start_date") AS "first_absence_date",
      FIRST("t6"."sickness_category" ORDER BY "t6"."start_date") AS "sickness_category",
      FIRST("t6"."employed" ORDER BY "t6"."start_date") AS "employed",
      FIRST("t6"."handover_date" ORDER BY "t6"."start_date") AS "handover_date",
      FIRST("t6"."expected_absence_weeks" ORDER BY "t6"."start_date") AS "expected_absence_weeks",
      FIRST("t6"."work_obligation" ORDER BY "t6"."start_date") AS "work_obligation",
      FIRST("t6"."municipality" ORDER BY "t6"."start_date") AS "municipality",
      COUNT(*) AS "periods"
    FROM (
      SELECT
        "t5"."person_id",
        "t5"."benefit",
        "t5"."start_date",
        "t5"."end_date",
        "t5"."target_group",
        "t5"."first_contact_date",
        "t5"."first_absence_date",
        "t5"."sickness_category",
        "t5"."employed",
        "t5"."municipality",
        "t5"."work_obligation",
        "t5"."expected_absence_weeks",
        "t5"."handover_date",
        "t5"."_end",
        "t5"."_new",
        SUM("t5"."_new") OVER (
          PARTITION BY "t5"."person_id", "t5"."benefit"
          ORDER BY "t5"."start_date" ASC, "t5"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell"
      FROM (
        SELECT
          "t4"."person_id",
          "t4"."benefit",
          "t4"."start_date",
          "t4"."end_date",
          "t4"."target_group",
          "t4"."first_contact_date",
          "t4"."first_absence_date",
          "t4"."sickness_category",
          "t4"."employed",
          "t4"."municipality",
          "t4"."work_obligation",
          "t4"."expected_absence_weeks",
          "t4"."handover_date",
          "t4"."_end",
          CASE
            WHEN MAX("t4"."_end") OVER (
              PARTITION BY "t4"."person_id", "t4"."benefit"
              ORDER BY "t4"."start_date" ASC, "t4"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NULL
            THEN 1
            WHEN "t4"."start_date" > (
              MAX("t4"."_end") OVER (
                PARTITION BY "t4"."person_id", "t4"."benefit"
                ORDER BY "t4"."start_date" ASC, "t4"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) + INTERVAL '1' DAY
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."end_date",
            "t1"."target_group",
            "t1"."first_contact_date",
            "t1"."first_absence_date",
            "t1"."sickness_category",
            "t1"."employed",
            "t1"."municipality",
            "t1"."work_obligation",
            "t1"."expected_absence_weeks",
            "t1"."handover_date",
            CASE
              WHEN (
                "t1"."end_date" IS NULL
              ) OR (
                "t1"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t1"."end_date"
            END AS "_end"
          FROM "benefit_periods" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
        ) AS "t4"
      ) AS "t5"
    ) AS "t6"
    GROUP BY
      1,
      2,
      3
  ) AS "t7"
  WHERE
    "t7"."benefit" IN ('sygedagpenge')
)
SELECT
  "t19"."person_id",
  "t19"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t19"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t19"."window_start",
  CASE
    WHEN COALESCE("t19"."is_applicable", FALSE)
    THEN "t19"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t19"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t19"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t19"."fulfilled_date" <= "t19"."due_date"
    )
    THEN 'met'
    WHEN "t19"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t19"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t19"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t19"."is_applicable", FALSE)
    THEN "t19"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t19"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t19"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t19"."fulfilled_date" > "t19"."due_date"
    )
    THEN DATE_DIFF('DAY', "t19"."due_date", "t19"."fulfilled_date")
    WHEN NOT (
      "t19"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t19"."is_exempt", FALSE)
    )
    AND (
      "t19"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t19"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE("t19"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t18"."person_id",
    "t18"."benefit",
    "t18"."start_date",
    "t18"."end_date",
    "t18"."first_contact_date",
    "t18"."target_group",
    "t18"."first_absence_date",
    "t18"."sickness_category",
    "t18"."employed",
    "t18"."handover_date",
    "t18"."expected_absence_weeks",
    "t18"."work_obligation",
    "t18"."municipality",
    "t18"."periods",
    "t18"."window_start",
    "t18"."_weeks",
    "t18"."count_start",
    "t18"."exceeded",
    "t18"."due_date",
    "t18"."fulfilled_date",
    "t18"."held_text",
    (
      "t18"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t18"."end_date" IS NOT NULL
      ) AND (
        "t18"."end_date" < "t18"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t18"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t18"."end_date" IS NOT NULL
      ) AND (
        "t18"."end_date" < "t18"."exceeded"
      )
      THEN 'sygedagpengeforløbet sluttede ' || CAST("t18"."end_date" AS TEXT) || ', før 22 uger blev overskredet ' || CAST("t18"."exceeded" AS TEXT)
      WHEN "t18"."fulfilled_date" IS NOT NULL
      THEN "t18"."held_text" || '; ' || '22 uger overskrides ' || CAST("t18"."exceeded" AS TEXT) || ' (opgjort fra ' || CAST("t18"."count_start" AS TEXT) || '); udbetalingen ophører efter ' || CAST("t18"."due_date" AS TEXT)
      ELSE 'ingen revurdering; ' || '22 uger overskrides ' || CAST("t18"."exceeded" AS TEXT) || ' (opgjort fra ' || CAST("t18"."count_start" AS TEXT) || '); udbetalingen ophører efter ' || CAST("t18"."due_date" AS TEXT)
    END AS "evidence"
  FROM (
    SELECT
      "t17".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t16"."person_id",
        "t16"."benefit",
        "t16"."start_date",
        "t16"."end_date",
        "t16"."first_contact_date",
        "t16"."target_group",
        "t16"."first_absence_date",
        "t16"."sickness_category",
        "t16"."employed",
        "t16"."handover_date",
        "t16"."expected_absence_weeks",
        "t16"."work_obligation",
        "t16"."municipality",
        "t16"."periods",
        "t16"."window_start",
        "t16"."_weeks",
        "t16"."count_start",
        "t16"."exceeded",
        "t16"."due_date",
        "t14"."person_id" AS "person_id_right",
        "t14"."benefit" AS "benefit_right",
        "t14"."start_date" AS "start_date_right",
        "t14"."fulfilled_date",
        "t14"."held_text"
      FROM (
        SELECT
          "t9"."person_id",
          "t9"."benefit",
          "t9"."start_date",
          "t9"."end_date",
          "t9"."first_contact_date",
          "t9"."target_group",
          "t9"."first_absence_date",
          "t9"."sickness_category",
          "t9"."employed",
          "t9"."handover_date",
          "t9"."expected_absence_weeks",
          "t9"."work_obligation",
          "t9"."municipality",
          "t9"."periods",
          "t9"."window_start",
          CASE
            WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
            THEN 22
            ELSE CAST(NULL AS BIGINT)
          END AS "_weeks",
          CASE
            WHEN COALESCE("t9"."employed", FALSE)
            THEN CAST(CAST("t9"."window_start" + TO_DAYS(
              COALESCE(
                CASE
                  WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
                  THEN 30
                  ELSE CAST(NULL AS BIGINT)
                END,
                0
              )
            ) AS TIMESTAMP) AS DATE)
            ELSE "t9"."window_start"
          END AS "count_start",
          CAST(CAST(CASE
            WHEN COALESCE("t9"."employed", FALSE)
            THEN CAST(CAST("t9"."window_start" + TO_DAYS(
              COALESCE(
                CASE
                  WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
                  THEN 30
                  ELSE CAST(NULL AS BIGINT)
                END,
                0
              )
            ) AS TIMESTAMP) AS DATE)
            ELSE "t9"."window_start"
          END + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 22
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            ) * 7
          ) AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST(CASE
              WHEN COALESCE("t9"."employed", FALSE)
              THEN CAST(CAST("t9"."window_start" + TO_DAYS(
                COALESCE(
                  CASE
                    WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
                    THEN 30
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                )
              ) AS TIMESTAMP) AS DATE)
              ELSE "t9"."window_start"
            END + TO_DAYS(
              COALESCE(
                CASE
                  WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
                  THEN 22
                  ELSE CAST(NULL AS BIGINT)
                END,
                0
              ) * 7
            ) AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t9"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t8" AS "t9"
      ) AS "t16"
      LEFT OUTER JOIN (
        SELECT
          "t12"."person_id",
          "t12"."benefit",
          "t12"."start_date",
          MIN("t12"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t12"."date") AS TEXT) || ' (' || FIRST("t12"."outcome" ORDER BY "t12"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t11"."person_id",
            "t11"."benefit",
            "t11"."start_date",
            "t11"."_ws",
            "t3"."person_id" AS "person_id_right",
            "t3"."date",
            "t3"."outcome"
          FROM (
            SELECT
              "t9"."person_id",
              "t9"."benefit",
              "t9"."start_date",
              "t9"."window_start" AS "_ws"
            FROM "t8" AS "t9"
          ) AS "t11"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t0"
            WHERE
              "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t3"
            ON "t11"."person_id" = "t3"."person_id" AND "t3"."date" >= "t11"."_ws"
        ) AS "t12"
        GROUP BY
          1,
          2,
          3
      ) AS "t14"
        ON "t16"."person_id" = "t14"."person_id"
        AND "t16"."benefit" = "t14"."benefit"
        AND "t16"."start_date" = "t14"."start_date"
    ) AS "t17"
  ) AS "t18"
) AS "t19"
