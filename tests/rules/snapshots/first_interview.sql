WITH "t11" AS (
  SELECT
    "t10"."person_id",
    "t10"."benefit",
    "t10"."start_date",
    CASE
      WHEN "t10"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t10"."_end"
    END AS "end_date",
    "t10"."first_contact_date",
    "t10"."target_group",
    "t10"."first_absence_date",
    "t10"."sickness_category",
    "t10"."employed",
    "t10"."handover_date",
    "t10"."expected_absence_weeks",
    "t10"."work_obligation",
    "t10"."municipality",
    "t10"."periods",
    COALESCE("t10"."first_contact_date", "t10"."start_date") AS "window_start"
  FROM (
    SELECT
      "t9"."person_id",
      "t9"."benefit",
      "t9"."_spell",
      MIN("t9"."start_date") AS "start_date",
      MAX("t9"."_end") AS "_end",
      FIRST("t9"."first_contact_date" ORDER BY "t9"."start_date") AS "first_contact_date",
      FIRST("t9"."target_group" ORDER BY "t9"."start_date") AS "target_group",
      FIRST("t9"."first_absence_date" ORDER BY "t9"."start_date") AS "first_absence_date",
      FIRST("t9"."sickness_category" ORDER BY "t9"."start_date") AS "sickness_category",
      FIRST("t9"."employed" ORDER BY "t9"."start_date") AS "employed",
      FIRST("t9"."handover_date" ORDER BY "t9"."start_date") AS "handover_date",
      FIRST("t9"."expected_absence_weeks" ORDER BY "t9"."start_date") AS "expected_absence_weeks",
      FIRST("t9"."work_obligation" ORDER BY "t9"."start_date") AS "work_obligation",
      FIRST("t9"."municipality" ORDER BY "t9"."start_date") AS "municipality",
      COUNT(*) AS "periods"
    FROM (
      SELECT
        "t8"."person_id",
        "t8"."benefit",
        "t8"."start_date",
        "t8"."end_date",
        "t8"."target_group",
        "t8"."first_contact_date",
        "t8"."first_absence_date",
        "t8"."sickness_category",
        "t8"."employed",
        "t8"."municipality",
        "t8"."work_obligation",
        "t8"."expected_absence_weeks",
        "t8"."handover_date",
        "t8"."_end",
        "t8"."_new",
        SUM("t8"."_new") OVER (
          PARTITION BY "t8"."person_id", "t8"."benefit"
          ORDER BY "t8"."start_date" ASC, "t8"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell"
      FROM (
        SELECT
          "t7"."person_id",
          "t7"."benefit",
          "t7"."start_date",
          "t7"."end_date",
          "t7"."target_group",
          "t7"."first_contact_date",
          "t7"."first_absence_date",
          "t7"."sickness_category",
          "t7"."employed",
          "t7"."municipality",
          "t7"."work_obligation",
          "t7"."expected_absence_weeks",
          "t7"."handover_date",
          "t7"."_end",
          CASE
            WHEN MAX("t7"."_end") OVER (
              PARTITION BY "t7"."person_id", "t7"."benefit"
              ORDER BY "t7"."start_date" ASC, "t7"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NULL
            THEN 1
            WHEN "t7"."start_date" > (
              MAX("t7"."_end") OVER (
                PARTITION BY "t7"."person_id", "t7"."benefit"
                ORDER BY "t7"."start_date" ASC, "t7"."_end" ASC
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
        ) AS "t7"
      ) AS "t8"
    ) AS "t9"
    GROUP BY
      1,
      2,
      3
  ) AS "t10"
  WHERE
    "t10"."benefit" IN ('kontanthjaelp', 'ledighedsydelse', 'uddannelseshjaelp')
)
SELECT
  "t32"."person_id",
  "t32"."benefit",
  'first_interview' AS "kind",
  'first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t32"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen); STAR, spørgsmål og svar om reformen'
    WHEN "t32"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 5 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t32"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t32"."window_start",
  CASE
    WHEN COALESCE("t32"."is_applicable", FALSE)
    THEN "t32"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t32"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t32"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t32"."fulfilled_date" <= "t32"."due_date"
    )
    THEN 'met'
    WHEN "t32"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t32"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t32"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t32"."is_applicable", FALSE)
    THEN "t32"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t32"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t32"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t32"."fulfilled_date" > "t32"."due_date"
    )
    THEN DATE_DIFF('DAY', "t32"."due_date", "t32"."fulfilled_date")
    WHEN NOT (
      "t32"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t32"."is_exempt", FALSE)
    )
    AND (
      "t32"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t32"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE("t32"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t31"."person_id",
    "t31"."benefit",
    "t31"."start_date",
    "t31"."end_date",
    "t31"."first_contact_date",
    "t31"."target_group",
    "t31"."first_absence_date",
    "t31"."sickness_category",
    "t31"."employed",
    "t31"."handover_date",
    "t31"."expected_absence_weeks",
    "t31"."work_obligation",
    "t31"."municipality",
    "t31"."periods",
    "t31"."window_start",
    "t31"."in_force",
    "t31"."due0",
    "t31"."exemption_start",
    "t31"."exemption_end",
    "t31"."exemption_reason",
    "t31"."due_date",
    "t31"."person_id_right",
    "t31"."benefit_right",
    "t31"."start_date_right",
    "t31"."fulfilled_date",
    "t31"."held_text",
    "t31"."in_force"
    AND NOT (
      (
        "t31"."end_date" IS NOT NULL
      )
      AND (
        "t31"."end_date" < "t31"."due_date"
      )
      AND (
        "t31"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t31"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t31"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t31"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t31"."exemption_start" AS TEXT) || '–' || CAST("t31"."exemption_end" AS TEXT) || ' (' || "t31"."exemption_reason" || ')'
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t31"."fulfilled_date" IS NOT NULL
        THEN "t31"."held_text"
        WHEN (
          "t31"."end_date" IS NOT NULL
        )
        AND (
          "t31"."end_date" < "t31"."due_date"
        )
        AND (
          "t31"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t31"."end_date" AS TEXT) || ' før fristen'
        ELSE 'ingen afholdt individuel jobsamtale'
      END
      ELSE CASE
        WHEN "t31"."fulfilled_date" IS NOT NULL
        THEN "t31"."held_text"
        WHEN (
          "t31"."end_date" IS NOT NULL
        )
        AND (
          "t31"."end_date" < "t31"."due_date"
        )
        AND (
          "t31"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t31"."end_date" AS TEXT) || ' før fristen'
        ELSE 'ingen afholdt individuel jobsamtale'
      END || '; ' || CASE
        WHEN "t31"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t31"."exemption_start" AS TEXT) || '–' || CAST("t31"."exemption_end" AS TEXT) || ' (' || "t31"."exemption_reason" || ')'
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t27"."person_id",
      "t27"."benefit",
      "t27"."start_date",
      "t27"."end_date",
      "t27"."first_contact_date",
      "t27"."target_group",
      "t27"."first_absence_date",
      "t27"."sickness_category",
      "t27"."employed",
      "t27"."handover_date",
      "t27"."expected_absence_weeks",
      "t27"."work_obligation",
      "t27"."municipality",
      "t27"."periods",
      "t27"."window_start",
      "t27"."in_force",
      "t27"."due0",
      "t27"."exemption_start",
      "t27"."exemption_end",
      "t27"."exemption_reason",
      "t27"."due_date",
      "t30"."person_id" AS "person_id_right",
      "t30"."benefit" AS "benefit_right",
      "t30"."start_date" AS "start_date_right",
      "t30"."fulfilled_date",
      "t30"."held_text"
    FROM (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        "t22"."start_date",
        "t22"."end_date",
        "t22"."first_contact_date",
        "t22"."target_group",
        "t22"."first_absence_date",
        "t22"."sickness_category",
        "t22"."employed",
        "t22"."handover_date",
        "t22"."expected_absence_weeks",
        "t22"."work_obligation",
        "t22"."municipality",
        "t22"."periods",
        "t22"."window_start",
        "t22"."in_force",
        "t22"."due0",
        "t22"."exemption_start",
        "t22"."exemption_end",
        "t22"."exemption_reason",
        CASE
          WHEN "t22"."exemption_end" IS NOT NULL
          THEN CAST(CAST("t22"."exemption_end" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t22"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 7
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
          ELSE "t22"."due0"
        END AS "due_date"
      FROM (
        SELECT
          "t21".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t15"."person_id",
            "t15"."benefit",
            "t15"."start_date",
            "t15"."end_date",
            "t15"."first_contact_date",
            "t15"."target_group",
            "t15"."first_absence_date",
            "t15"."sickness_category",
            "t15"."employed",
            "t15"."handover_date",
            "t15"."expected_absence_weeks",
            "t15"."work_obligation",
            "t15"."municipality",
            "t15"."periods",
            "t15"."window_start",
            "t15"."in_force",
            "t15"."due0",
            "t20"."person_id" AS "person_id_right",
            "t20"."benefit" AS "benefit_right",
            "t20"."start_date" AS "start_date_right",
            "t20"."exemption_start",
            "t20"."exemption_end",
            "t20"."exemption_reason"
          FROM (
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
              "t12"."periods",
              "t12"."window_start",
              (
                CASE
                  WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                  THEN 7
                  WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN 7
                  WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN 7
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN ['kontanthjaelp', 'ledighedsydelse']
                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t12"."benefit"
                ),
                FALSE
              )
              AND (
                (
                  "t12"."target_group" IS NULL
                )
                OR COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN ['jobparat']
                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN ['jobparat', 'aktivitetsparat', 'uddannelsesparat']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t12"."target_group"
                  ),
                  FALSE
                )
              ) AS "in_force",
              CAST(CAST("t12"."window_start" + TO_DAYS(
                COALESCE(
                  CASE
                    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 7
                    WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 7
                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 7
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                )
              ) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t11" AS "t12"
          ) AS "t15"
          LEFT OUTER JOIN (
            SELECT
              "t18"."person_id",
              "t18"."benefit",
              "t18"."start_date",
              FIRST("t18"."_ex_start" ORDER BY "t18"."_ex_end" DESC) AS "exemption_start",
              MAX("t18"."_ex_end") AS "exemption_end",
              FIRST("t18"."_ex_reason" ORDER BY "t18"."_ex_end" DESC) AS "exemption_reason"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t16"."person_id",
                  "t16"."benefit",
                  "t16"."start_date",
                  "t16"."_day",
                  "t16"."_ws",
                  "t6"."_pid",
                  "t6"."_ex_start",
                  "t6"."_ex_end",
                  "t6"."_ex_reason"
                FROM (
                  SELECT
                    "t12"."person_id",
                    "t12"."benefit",
                    "t12"."start_date",
                    CAST(CAST("t12"."window_start" + TO_DAYS(
                      COALESCE(
                        CASE
                          WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 7
                          WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 7
                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 7
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_day",
                    "t12"."window_start" AS "_ws"
                  FROM "t11" AS "t12"
                ) AS "t16"
                INNER JOIN (
                  SELECT
                    "t2"."person_id" AS "_pid",
                    "t2"."start_date" AS "_ex_start",
                    "t2"."end_date" AS "_ex_end",
                    "t2"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t2"
                  WHERE
                    "t2"."start_date" <= CAST($as_of AS DATE)
                ) AS "t6"
                  ON "t16"."person_id" = "t6"."_pid"
                  AND "t6"."_ex_start" <= "t16"."_day"
                  AND "t6"."_ex_end" >= "t16"."_day"
              ) AS "t17"
              WHERE
                NOT (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t17"."_ws" >= MAKE_DATE(2026, 7, 1)
                        THEN ['selv_job']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t17"."_ex_reason"
                    ),
                    FALSE
                  )
                )
            ) AS "t18"
            GROUP BY
              1,
              2,
              3
          ) AS "t20"
            ON "t15"."person_id" = "t20"."person_id"
            AND "t15"."benefit" = "t20"."benefit"
            AND "t15"."start_date" = "t20"."start_date"
        ) AS "t21"
      ) AS "t22"
    ) AS "t27"
    LEFT OUTER JOIN (
      SELECT
        "t28"."person_id",
        "t28"."benefit",
        "t28"."start_date",
        MIN("t28"."date") AS "fulfilled_date",
        FIRST("t28"."description" ORDER BY "t28"."date") AS "held_text"
      FROM (
        SELECT
          "t25"."person_id",
          "t25"."benefit",
          "t25"."start_date",
          "t25"."date",
          "t25"."kind" || ' ' || CAST("t25"."date" AS TEXT) || ' (' || "t25"."form" || ', ' || "t25"."held_by" || ')' AS "description"
        FROM (
          SELECT
            "t24"."person_id",
            "t24"."benefit",
            "t24"."start_date",
            "t24"."window_start",
            "t24"."_last",
            "t5"."person_id" AS "person_id_right",
            "t5"."date",
            "t5"."kind",
            "t5"."form",
            "t5"."held_by",
            "t5"."status",
            "t5"."individual",
            "t5"."caseworker_id",
            "t5"."purpose"
          FROM (
            SELECT
              "t22"."person_id",
              "t22"."benefit",
              "t22"."start_date",
              "t22"."window_start",
              COALESCE("t22"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM (
              SELECT
                "t21".*
                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
              FROM (
                SELECT
                  "t15"."person_id",
                  "t15"."benefit",
                  "t15"."start_date",
                  "t15"."end_date",
                  "t15"."first_contact_date",
                  "t15"."target_group",
                  "t15"."first_absence_date",
                  "t15"."sickness_category",
                  "t15"."employed",
                  "t15"."handover_date",
                  "t15"."expected_absence_weeks",
                  "t15"."work_obligation",
                  "t15"."municipality",
                  "t15"."periods",
                  "t15"."window_start",
                  "t15"."in_force",
                  "t15"."due0",
                  "t20"."person_id" AS "person_id_right",
                  "t20"."benefit" AS "benefit_right",
                  "t20"."start_date" AS "start_date_right",
                  "t20"."exemption_start",
                  "t20"."exemption_end",
                  "t20"."exemption_reason"
                FROM (
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
                    "t12"."periods",
                    "t12"."window_start",
                    (
                      CASE
                        WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN 7
                        WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                        THEN 7
                        WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 7
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN ['kontanthjaelp', 'ledighedsydelse']
                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t12"."benefit"
                      ),
                      FALSE
                    )
                    AND (
                      (
                        "t12"."target_group" IS NULL
                      )
                      OR COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN ['jobparat']
                            WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobparat', 'aktivitetsparat', 'uddannelsesparat']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t12"."target_group"
                        ),
                        FALSE
                      )
                    ) AS "in_force",
                    CAST(CAST("t12"."window_start" + TO_DAYS(
                      COALESCE(
                        CASE
                          WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 7
                          WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 7
                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 7
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "due0"
                  FROM "t11" AS "t12"
                ) AS "t15"
                LEFT OUTER JOIN (
                  SELECT
                    "t18"."person_id",
                    "t18"."benefit",
                    "t18"."start_date",
                    FIRST("t18"."_ex_start" ORDER BY "t18"."_ex_end" DESC) AS "exemption_start",
                    MAX("t18"."_ex_end") AS "exemption_end",
                    FIRST("t18"."_ex_reason" ORDER BY "t18"."_ex_end" DESC) AS "exemption_reason"
                  FROM (
                    SELECT
                      *
                    FROM (
                      SELECT
                        "t16"."person_id",
                        "t16"."benefit",
                        "t16"."start_date",
                        "t16"."_day",
                        "t16"."_ws",
                        "t6"."_pid",
                        "t6"."_ex_start",
                        "t6"."_ex_end",
                        "t6"."_ex_reason"
                      FROM (
                        SELECT
                          "t12"."person_id",
                          "t12"."benefit",
                          "t12"."start_date",
                          CAST(CAST("t12"."window_start" + TO_DAYS(
                            COALESCE(
                              CASE
                                WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN 7
                                WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 7
                                WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 7
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_day",
                          "t12"."window_start" AS "_ws"
                        FROM "t11" AS "t12"
                      ) AS "t16"
                      INNER JOIN (
                        SELECT
                          "t2"."person_id" AS "_pid",
                          "t2"."start_date" AS "_ex_start",
                          "t2"."end_date" AS "_ex_end",
                          "t2"."reason" AS "_ex_reason"
                        FROM "exemptions" AS "t2"
                        WHERE
                          "t2"."start_date" <= CAST($as_of AS DATE)
                      ) AS "t6"
                        ON "t16"."person_id" = "t6"."_pid"
                        AND "t6"."_ex_start" <= "t16"."_day"
                        AND "t6"."_ex_end" >= "t16"."_day"
                    ) AS "t17"
                    WHERE
                      NOT (
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t17"."_ws" >= MAKE_DATE(2026, 7, 1)
                              THEN ['selv_job']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t17"."_ex_reason"
                          ),
                          FALSE
                        )
                      )
                  ) AS "t18"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t20"
                  ON "t15"."person_id" = "t20"."person_id"
                  AND "t15"."benefit" = "t20"."benefit"
                  AND "t15"."start_date" = "t20"."start_date"
              ) AS "t21"
            ) AS "t22"
          ) AS "t24"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND COALESCE("t0"."individual", TRUE)
              AND "t0"."date" <= CAST($as_of AS DATE)
              AND "t0"."kind" IN ('jobsamtale')
          ) AS "t5"
            ON "t24"."person_id" = "t5"."person_id"
            AND "t5"."date" >= "t24"."window_start"
            AND "t5"."date" <= "t24"."_last"
        ) AS "t25"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t25"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['jobcenter', 'anden_aktoer']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t25"."held_by"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t25"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['personligt', 'telefon', 'video']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t25"."form"
            ),
            FALSE
          )
      ) AS "t28"
      GROUP BY
        1,
        2,
        3
    ) AS "t30"
      ON "t27"."person_id" = "t30"."person_id"
      AND "t27"."benefit" = "t30"."benefit"
      AND "t27"."start_date" = "t30"."start_date"
  ) AS "t31"
) AS "t32"
