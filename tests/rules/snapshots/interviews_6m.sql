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
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t10"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t10"."first_contact_date", "t10"."start_date")
      ELSE "t10"."start_date"
    END AS "window_start"
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
    "t10"."benefit" IN (
      'jobafklaring',
      'kontanthjaelp',
      'ledighedsydelse',
      'ressourceforloeb',
      'revalidering',
      'uddannelseshjaelp'
    )
)
SELECT
  "t40"."person_id",
  "t40"."benefit",
  'interviews_6m' AS "kind",
  'interviews_6m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t40"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (mere fleksible kontaktforløb); STAR, svar på spørgsmål fra webinar 21.1.2026'
    WHEN "t40"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 280 af 2024)'
    WHEN "t40"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t40"."window_start",
  CASE
    WHEN COALESCE("t40"."is_applicable", FALSE)
    THEN "t40"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t40"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t40"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t40"."fulfilled_date" <= "t40"."due_date"
    )
    THEN 'met'
    WHEN "t40"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t40"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t40"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t40"."is_applicable", FALSE)
    THEN "t40"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t40"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t40"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t40"."fulfilled_date" > "t40"."due_date"
    )
    THEN DATE_DIFF('DAY', "t40"."due_date", "t40"."fulfilled_date")
    WHEN NOT (
      "t40"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t40"."is_exempt", FALSE)
    )
    AND (
      "t40"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t40"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE("t40"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t39"."person_id",
    "t39"."benefit",
    "t39"."start_date",
    "t39"."end_date",
    "t39"."first_contact_date",
    "t39"."target_group",
    "t39"."first_absence_date",
    "t39"."sickness_category",
    "t39"."employed",
    "t39"."handover_date",
    "t39"."expected_absence_weeks",
    "t39"."work_obligation",
    "t39"."municipality",
    "t39"."periods",
    "t39"."window_start",
    "t39"."required",
    "t39"."required_joint",
    "t39"."in_force",
    "t39"."due0",
    "t39"."exempt_days",
    "t39"."exempt_now",
    "t39"."exemption_note",
    "t39"."due_date",
    "t39"."nth_date",
    "t39"."counted",
    "t39"."in_window",
    "t39"."listed",
    "t39"."nth_date" AS "fulfilled_date",
    "t39"."in_force"
    AND NOT (
      (
        "t39"."end_date" IS NOT NULL
      )
      AND (
        "t39"."end_date" < "t39"."due_date"
      )
      AND (
        "t39"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t39"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t39"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t39"."end_date" IS NOT NULL
        )
        AND (
          "t39"."end_date" < "t39"."due_date"
        )
        AND (
          "t39"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t39"."in_window", 0) AS TEXT) || ' af ' || CAST("t39"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t39"."listed" IS NOT NULL THEN ': ' || "t39"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t39"."end_date" AS TEXT)
        ELSE CAST(COALESCE("t39"."in_window", 0) AS TEXT) || ' af ' || CAST("t39"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t39"."listed" IS NOT NULL THEN ': ' || "t39"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t39"."end_date" IS NOT NULL
        )
        AND (
          "t39"."end_date" < "t39"."due_date"
        )
        AND (
          "t39"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t39"."in_window", 0) AS TEXT) || ' af ' || CAST("t39"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t39"."listed" IS NOT NULL THEN ': ' || "t39"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t39"."end_date" AS TEXT)
        ELSE CAST(COALESCE("t39"."in_window", 0) AS TEXT) || ' af ' || CAST("t39"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t39"."listed" IS NOT NULL THEN ': ' || "t39"."listed" ELSE '' END
      END || '; ' || "t39"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t38".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t27"."required",
        "t27"."required_joint",
        "t27"."in_force",
        "t27"."due0",
        "t27"."exempt_days",
        "t27"."exempt_now",
        "t27"."exemption_note",
        "t27"."due_date",
        "t37"."person_id" AS "person_id_right",
        "t37"."benefit" AS "benefit_right",
        "t37"."start_date" AS "start_date_right",
        "t37"."nth_date",
        "t37"."counted",
        "t37"."in_window",
        "t37"."listed"
      FROM (
        SELECT
          "t21"."person_id",
          "t21"."benefit",
          "t21"."start_date",
          "t21"."end_date",
          "t21"."first_contact_date",
          "t21"."target_group",
          "t21"."first_absence_date",
          "t21"."sickness_category",
          "t21"."employed",
          "t21"."handover_date",
          "t21"."expected_absence_weeks",
          "t21"."work_obligation",
          "t21"."municipality",
          "t21"."periods",
          "t21"."window_start",
          "t21"."required",
          "t21"."required_joint",
          "t21"."in_force",
          "t21"."due0",
          COALESCE("t21"."exempt_days", 0) AS "exempt_days",
          COALESCE("t21"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t21"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t21"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t21"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t21"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t20".*
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
              "t15"."required",
              "t15"."required_joint",
              "t15"."in_force",
              "t15"."due0",
              "t19"."person_id" AS "person_id_right",
              "t19"."benefit" AS "benefit_right",
              "t19"."start_date" AS "start_date_right",
              "t19"."exempt_days",
              "t19"."exempt_now",
              "t19"."exemption_note"
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
                COALESCE(
                  CASE
                    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN CAST(NULL AS BIGINT)
                    WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 4
                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) + COALESCE(0, 0) AS "required",
                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                (
                  CASE
                    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN CAST(NULL AS BIGINT)
                    WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 4
                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  CASE
                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 6
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN [
                        'kontanthjaelp',
                        'uddannelseshjaelp',
                        'jobafklaring',
                        'ressourceforloeb',
                        'ledighedsydelse',
                        'revalidering'
                      ]
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t12"."benefit"
                  ),
                  FALSE
                ) AS "in_force",
                CAST(CAST(CAST(CAST("t12"."window_start" + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN 6
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
              FROM "t11" AS "t12"
            ) AS "t15"
            LEFT OUTER JOIN (
              SELECT
                "t17"."person_id",
                "t17"."benefit",
                "t17"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t17"."_ex_start", "t17"."_from"),
                    LEAST("t17"."_ex_end", "t17"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t17"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t17"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                LISTAGG(
                  
                    'fritaget ' || CAST("t17"."_ex_start" AS TEXT) || '–' || CAST("t17"."_ex_end" AS TEXT) || ' (' || "t17"."_ex_reason" || ')',
                    ', ' ORDER BY "t17"."_ex_start" ASC
                  
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t16"."person_id",
                  "t16"."benefit",
                  "t16"."start_date",
                  "t16"."_from",
                  "t16"."_to",
                  "t5"."_pid",
                  "t5"."_ex_start",
                  "t5"."_ex_end",
                  "t5"."_ex_reason"
                FROM (
                  SELECT
                    "t12"."person_id",
                    "t12"."benefit",
                    "t12"."start_date",
                    "t12"."window_start" AS "_from",
                    CAST(CAST(CAST(CAST("t12"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                  FROM "t11" AS "t12"
                ) AS "t16"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t5"
                  ON "t16"."person_id" = "t5"."_pid"
                  AND "t5"."_ex_start" <= "t16"."_to"
                  AND "t5"."_ex_end" >= "t16"."_from"
              ) AS "t17"
              GROUP BY
                1,
                2,
                3
            ) AS "t19"
              ON "t15"."person_id" = "t19"."person_id"
              AND "t15"."benefit" = "t19"."benefit"
              AND "t15"."start_date" = "t19"."start_date"
          ) AS "t20"
        ) AS "t21"
      ) AS "t27"
      LEFT OUTER JOIN (
        SELECT
          "t35".*
          EXCLUDE ("_need")
        FROM (
          SELECT
            "t34"."person_id",
            "t34"."benefit",
            "t34"."start_date",
            CASE
              WHEN "t34"."counted" >= "t34"."_need"
              THEN "t34"."nth_date"
              ELSE CAST(NULL AS DATE)
            END AS "nth_date",
            "t34"."counted",
            "t34"."in_window",
            "t34"."listed",
            "t34"."_need"
          FROM (
            SELECT
              "t33"."person_id",
              "t33"."benefit",
              "t33"."start_date",
              MAX("t33"."date") AS "nth_date",
              COUNT(*) AS "counted",
              SUM(CAST("t33"."date" <= "t33"."_due" AS INT)) AS "in_window",
              LISTAGG("t33"."description", ', ' ORDER BY "t33"."date" ASC) AS "listed",
              MAX("t33"."_n") AS "_need"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t31"."person_id",
                  "t31"."benefit",
                  "t31"."start_date",
                  "t31"."date",
                  "t31"."description",
                  "t31"."_n",
                  "t31"."_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t31"."person_id", "t31"."benefit", "t31"."start_date"
                    ORDER BY "t31"."date" ASC, "t31"."description" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "_rank"
                FROM (
                  SELECT
                    "t30"."person_id",
                    "t30"."benefit",
                    "t30"."start_date",
                    "t30"."date",
                    "t30"."description",
                    "t28"."_n",
                    "t28"."_due"
                  FROM (
                    SELECT
                      "t24"."person_id",
                      "t24"."benefit",
                      "t24"."start_date",
                      "t24"."date",
                      "t24"."kind" || ' ' || CAST("t24"."date" AS TEXT) || ' (' || "t24"."form" || ', ' || "t24"."held_by" || ')' AS "description"
                    FROM (
                      SELECT
                        "t23"."person_id",
                        "t23"."benefit",
                        "t23"."start_date",
                        "t23"."window_start",
                        "t23"."_last",
                        "t6"."person_id" AS "person_id_right",
                        "t6"."date",
                        "t6"."kind",
                        "t6"."form",
                        "t6"."held_by",
                        "t6"."status",
                        "t6"."individual",
                        "t6"."caseworker_id",
                        "t6"."purpose"
                      FROM (
                        SELECT
                          "t21"."person_id",
                          "t21"."benefit",
                          "t21"."start_date",
                          "t21"."window_start",
                          COALESCE("t21"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t20".*
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
                              "t15"."required",
                              "t15"."required_joint",
                              "t15"."in_force",
                              "t15"."due0",
                              "t19"."person_id" AS "person_id_right",
                              "t19"."benefit" AS "benefit_right",
                              "t19"."start_date" AS "start_date_right",
                              "t19"."exempt_days",
                              "t19"."exempt_now",
                              "t19"."exemption_note"
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
                                COALESCE(
                                  CASE
                                    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 4
                                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN [
                                        'kontanthjaelp',
                                        'uddannelseshjaelp',
                                        'jobafklaring',
                                        'ressourceforloeb',
                                        'ledighedsydelse',
                                        'revalidering'
                                      ]
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t12"."benefit"
                                  ),
                                  FALSE
                                ) AS "in_force",
                                CAST(CAST(CAST(CAST("t12"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM "t11" AS "t12"
                            ) AS "t15"
                            LEFT OUTER JOIN (
                              SELECT
                                "t17"."person_id",
                                "t17"."benefit",
                                "t17"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t17"."_ex_start", "t17"."_from"),
                                    LEAST("t17"."_ex_end", "t17"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t17"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t17"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                LISTAGG(
                                  
                                    'fritaget ' || CAST("t17"."_ex_start" AS TEXT) || '–' || CAST("t17"."_ex_end" AS TEXT) || ' (' || "t17"."_ex_reason" || ')',
                                    ', ' ORDER BY "t17"."_ex_start" ASC
                                  
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t16"."person_id",
                                  "t16"."benefit",
                                  "t16"."start_date",
                                  "t16"."_from",
                                  "t16"."_to",
                                  "t5"."_pid",
                                  "t5"."_ex_start",
                                  "t5"."_ex_end",
                                  "t5"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t12"."person_id",
                                    "t12"."benefit",
                                    "t12"."start_date",
                                    "t12"."window_start" AS "_from",
                                    CAST(CAST(CAST(CAST("t12"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                                  FROM "t11" AS "t12"
                                ) AS "t16"
                                INNER JOIN (
                                  SELECT
                                    "t0"."person_id" AS "_pid",
                                    "t0"."start_date" AS "_ex_start",
                                    "t0"."end_date" AS "_ex_end",
                                    "t0"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t0"
                                  WHERE
                                    "t0"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t5"
                                  ON "t16"."person_id" = "t5"."_pid"
                                  AND "t5"."_ex_start" <= "t16"."_to"
                                  AND "t5"."_ex_end" >= "t16"."_from"
                              ) AS "t17"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t19"
                              ON "t15"."person_id" = "t19"."person_id"
                              AND "t15"."benefit" = "t19"."benefit"
                              AND "t15"."start_date" = "t19"."start_date"
                          ) AS "t20"
                        ) AS "t21"
                      ) AS "t23"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t2"
                        WHERE
                          "t2"."status" = 'afholdt'
                          AND COALESCE("t2"."individual", TRUE)
                          AND "t2"."date" <= CAST($as_of AS DATE)
                          AND "t2"."kind" IN ('jobsamtale')
                      ) AS "t6"
                        ON "t23"."person_id" = "t6"."person_id"
                        AND "t6"."date" >= "t23"."window_start"
                        AND "t6"."date" <= "t23"."_last"
                    ) AS "t24"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t24"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobcenter', 'anden_aktoer']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t24"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t24"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t24"."form"
                        ),
                        FALSE
                      )
                  ) AS "t30"
                  INNER JOIN (
                    SELECT
                      "t21"."person_id",
                      "t21"."benefit",
                      "t21"."start_date",
                      "t21"."required" AS "_n",
                      CAST(CAST("t21"."due0" + TO_DAYS(
                        CASE
                          WHEN COALESCE(
                            CASE
                              WHEN "t21"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN TRUE
                              ELSE CAST(NULL AS BOOLEAN)
                            END,
                            FALSE
                          )
                          THEN COALESCE("t21"."exempt_days", 0)
                          ELSE 0
                        END
                      ) AS TIMESTAMP) AS DATE) AS "_due"
                    FROM (
                      SELECT
                        "t20".*
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
                          "t15"."required",
                          "t15"."required_joint",
                          "t15"."in_force",
                          "t15"."due0",
                          "t19"."person_id" AS "person_id_right",
                          "t19"."benefit" AS "benefit_right",
                          "t19"."start_date" AS "start_date_right",
                          "t19"."exempt_days",
                          "t19"."exempt_now",
                          "t19"."exemption_note"
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
                            COALESCE(
                              CASE
                                WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 4
                                WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 4
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) + COALESCE(0, 0) AS "required",
                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                            (
                              CASE
                                WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 4
                                WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 4
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND (
                              CASE
                                WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN [
                                    'kontanthjaelp',
                                    'uddannelseshjaelp',
                                    'jobafklaring',
                                    'ressourceforloeb',
                                    'ledighedsydelse',
                                    'revalidering'
                                  ]
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t12"."benefit"
                              ),
                              FALSE
                            ) AS "in_force",
                            CAST(CAST(CAST(CAST("t12"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM "t11" AS "t12"
                        ) AS "t15"
                        LEFT OUTER JOIN (
                          SELECT
                            "t17"."person_id",
                            "t17"."benefit",
                            "t17"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t17"."_ex_start", "t17"."_from"),
                                LEAST("t17"."_ex_end", "t17"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t17"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t17"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            LISTAGG(
                              
                                'fritaget ' || CAST("t17"."_ex_start" AS TEXT) || '–' || CAST("t17"."_ex_end" AS TEXT) || ' (' || "t17"."_ex_reason" || ')',
                                ', ' ORDER BY "t17"."_ex_start" ASC
                              
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t16"."person_id",
                              "t16"."benefit",
                              "t16"."start_date",
                              "t16"."_from",
                              "t16"."_to",
                              "t5"."_pid",
                              "t5"."_ex_start",
                              "t5"."_ex_end",
                              "t5"."_ex_reason"
                            FROM (
                              SELECT
                                "t12"."person_id",
                                "t12"."benefit",
                                "t12"."start_date",
                                "t12"."window_start" AS "_from",
                                CAST(CAST(CAST(CAST("t12"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                              FROM "t11" AS "t12"
                            ) AS "t16"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t5"
                              ON "t16"."person_id" = "t5"."_pid"
                              AND "t5"."_ex_start" <= "t16"."_to"
                              AND "t5"."_ex_end" >= "t16"."_from"
                          ) AS "t17"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t19"
                          ON "t15"."person_id" = "t19"."person_id"
                          AND "t15"."benefit" = "t19"."benefit"
                          AND "t15"."start_date" = "t19"."start_date"
                      ) AS "t20"
                    ) AS "t21"
                  ) AS "t28"
                    ON "t30"."person_id" = "t28"."person_id"
                    AND "t30"."benefit" = "t28"."benefit"
                    AND "t30"."start_date" = "t28"."start_date"
                ) AS "t31"
              ) AS "t32"
              WHERE
                "t32"."_rank" < "t32"."_n"
            ) AS "t33"
            GROUP BY
              1,
              2,
              3
          ) AS "t34"
        ) AS "t35"
      ) AS "t37"
        ON "t27"."person_id" = "t37"."person_id"
        AND "t27"."benefit" = "t37"."benefit"
        AND "t27"."start_date" = "t37"."start_date"
    ) AS "t38"
  ) AS "t39"
) AS "t40"
