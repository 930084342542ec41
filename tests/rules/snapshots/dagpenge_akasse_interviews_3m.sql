WITH "t10" AS (
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
          "t0"."person_id",
          "t0"."benefit",
          "t0"."start_date",
          "t0"."end_date",
          "t0"."target_group",
          "t0"."first_contact_date",
          "t0"."first_absence_date",
          "t0"."sickness_category",
          "t0"."employed",
          "t0"."municipality",
          "t0"."work_obligation",
          "t0"."expected_absence_weeks",
          "t0"."handover_date",
          CASE
            WHEN (
              "t0"."end_date" IS NULL
            ) OR (
              "t0"."end_date" > CAST($as_of AS DATE)
            )
            THEN MAKE_DATE(9999, 12, 31)
            ELSE "t0"."end_date"
          END AS "_end"
        FROM "benefit_periods" AS "t0"
        WHERE
          "t0"."start_date" <= CAST($as_of AS DATE)
      ) AS "t7"
    ) AS "t8"
  ) AS "t9"
  GROUP BY
    1,
    2,
    3
)
SELECT
  "t39"."person_id",
  "t39"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_akasse_interviews_3m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t39"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (a-kasser 75 %)'
    WHEN "t39"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t39"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022) – a-kassen holdt CV-samtale, ikke jobsamtaler'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t39"."window_start",
  CASE
    WHEN COALESCE("t39"."is_applicable", FALSE)
    THEN "t39"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t39"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t39"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t39"."fulfilled_date" <= "t39"."due_date"
    )
    THEN 'met'
    WHEN "t39"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t39"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t39"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t39"."is_applicable", FALSE)
    THEN "t39"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t39"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t39"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t39"."fulfilled_date" > "t39"."due_date"
    )
    THEN DATE_DIFF('DAY', "t39"."due_date", "t39"."fulfilled_date")
    WHEN NOT (
      "t39"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t39"."is_exempt", FALSE)
    )
    AND (
      "t39"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t39"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE("t39"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t38"."person_id",
    "t38"."benefit",
    "t38"."start_date",
    "t38"."end_date",
    "t38"."first_contact_date",
    "t38"."target_group",
    "t38"."first_absence_date",
    "t38"."sickness_category",
    "t38"."employed",
    "t38"."handover_date",
    "t38"."expected_absence_weeks",
    "t38"."work_obligation",
    "t38"."municipality",
    "t38"."periods",
    "t38"."window_start",
    "t38"."required",
    "t38"."required_joint",
    "t38"."in_force",
    "t38"."due0",
    "t38"."exempt_days",
    "t38"."exempt_now",
    "t38"."exemption_note",
    "t38"."due_date",
    "t38"."nth_date",
    "t38"."counted",
    "t38"."in_window",
    "t38"."listed",
    "t38"."nth_date" AS "fulfilled_date",
    "t38"."in_force"
    AND NOT (
      (
        "t38"."end_date" IS NOT NULL
      )
      AND (
        "t38"."end_date" < "t38"."due_date"
      )
      AND (
        "t38"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t38"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t38"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t38"."end_date" IS NOT NULL
        )
        AND (
          "t38"."end_date" < "t38"."due_date"
        )
        AND (
          "t38"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t38"."in_window", 0) AS TEXT) || ' af ' || CAST("t38"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t38"."listed" IS NOT NULL THEN ': ' || "t38"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t38"."end_date" AS TEXT)
        ELSE CAST(COALESCE("t38"."in_window", 0) AS TEXT) || ' af ' || CAST("t38"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t38"."listed" IS NOT NULL THEN ': ' || "t38"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t38"."end_date" IS NOT NULL
        )
        AND (
          "t38"."end_date" < "t38"."due_date"
        )
        AND (
          "t38"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t38"."in_window", 0) AS TEXT) || ' af ' || CAST("t38"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t38"."listed" IS NOT NULL THEN ': ' || "t38"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t38"."end_date" AS TEXT)
        ELSE CAST(COALESCE("t38"."in_window", 0) AS TEXT) || ' af ' || CAST("t38"."required" AS TEXT) || ' samtaler inden fristen' || '' || CASE WHEN "t38"."listed" IS NOT NULL THEN ': ' || "t38"."listed" ELSE '' END
      END || '; ' || "t38"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t37".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t26"."person_id",
        "t26"."benefit",
        "t26"."start_date",
        "t26"."end_date",
        "t26"."first_contact_date",
        "t26"."target_group",
        "t26"."first_absence_date",
        "t26"."sickness_category",
        "t26"."employed",
        "t26"."handover_date",
        "t26"."expected_absence_weeks",
        "t26"."work_obligation",
        "t26"."municipality",
        "t26"."periods",
        "t26"."window_start",
        "t26"."required",
        "t26"."required_joint",
        "t26"."in_force",
        "t26"."due0",
        "t26"."exempt_days",
        "t26"."exempt_now",
        "t26"."exemption_note",
        "t26"."due_date",
        "t36"."person_id" AS "person_id_right",
        "t36"."benefit" AS "benefit_right",
        "t36"."start_date" AS "start_date_right",
        "t36"."nth_date",
        "t36"."counted",
        "t36"."in_window",
        "t36"."listed"
      FROM (
        SELECT
          "t20"."person_id",
          "t20"."benefit",
          "t20"."start_date",
          "t20"."end_date",
          "t20"."first_contact_date",
          "t20"."target_group",
          "t20"."first_absence_date",
          "t20"."sickness_category",
          "t20"."employed",
          "t20"."handover_date",
          "t20"."expected_absence_weeks",
          "t20"."work_obligation",
          "t20"."municipality",
          "t20"."periods",
          "t20"."window_start",
          "t20"."required",
          "t20"."required_joint",
          "t20"."in_force",
          "t20"."due0",
          COALESCE("t20"."exempt_days", 0) AS "exempt_days",
          COALESCE("t20"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t20"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t20"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t20"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t20"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t19".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t14"."person_id",
              "t14"."benefit",
              "t14"."start_date",
              "t14"."end_date",
              "t14"."first_contact_date",
              "t14"."target_group",
              "t14"."first_absence_date",
              "t14"."sickness_category",
              "t14"."employed",
              "t14"."handover_date",
              "t14"."expected_absence_weeks",
              "t14"."work_obligation",
              "t14"."municipality",
              "t14"."periods",
              "t14"."window_start",
              "t14"."required",
              "t14"."required_joint",
              "t14"."in_force",
              "t14"."due0",
              "t18"."person_id" AS "person_id_right",
              "t18"."benefit" AS "benefit_right",
              "t18"."start_date" AS "start_date_right",
              "t18"."exempt_days",
              "t18"."exempt_now",
              "t18"."exemption_note"
            FROM (
              SELECT
                "t11"."person_id",
                "t11"."benefit",
                "t11"."start_date",
                CASE
                  WHEN "t11"."_end" = MAKE_DATE(9999, 12, 31)
                  THEN CAST(NULL AS DATE)
                  ELSE "t11"."_end"
                END AS "end_date",
                "t11"."first_contact_date",
                "t11"."target_group",
                "t11"."first_absence_date",
                "t11"."sickness_category",
                "t11"."employed",
                "t11"."handover_date",
                "t11"."expected_absence_weeks",
                "t11"."work_obligation",
                "t11"."municipality",
                "t11"."periods",
                "t11"."start_date" AS "window_start",
                COALESCE(
                  CASE
                    WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                    THEN CAST(NULL AS BIGINT)
                    WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                    THEN 3
                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) + COALESCE(0, 0) AS "required",
                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                (
                  CASE
                    WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                    THEN CAST(NULL AS BIGINT)
                    WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                    THEN 3
                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  CASE
                    WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                    THEN 3
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                ) AS "in_force",
                CAST(CAST(CAST(CAST("t11"."start_date" + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                      THEN 3
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
              FROM "t10" AS "t11"
              WHERE
                "t11"."benefit" IN ('dagpenge')
            ) AS "t14"
            LEFT OUTER JOIN (
              SELECT
                "t16"."person_id",
                "t16"."benefit",
                "t16"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t16"."_ex_start", "t16"."_from"),
                    LEAST("t16"."_ex_end", "t16"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t16"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t16"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                LISTAGG(
                  
                    'fritaget ' || CAST("t16"."_ex_start" AS TEXT) || '–' || CAST("t16"."_ex_end" AS TEXT) || ' (' || "t16"."_ex_reason" || ')',
                    ', ' ORDER BY "t16"."_ex_start" ASC
                  
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t15"."person_id",
                  "t15"."benefit",
                  "t15"."start_date",
                  "t15"."_from",
                  "t15"."_to",
                  "t5"."_pid",
                  "t5"."_ex_start",
                  "t5"."_ex_end",
                  "t5"."_ex_reason"
                FROM (
                  SELECT
                    "t11"."person_id",
                    "t11"."benefit",
                    "t11"."start_date",
                    "t11"."start_date" AS "_from",
                    CAST(CAST(CAST(CAST("t11"."start_date" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                  FROM "t10" AS "t11"
                  WHERE
                    "t11"."benefit" IN ('dagpenge')
                ) AS "t15"
                INNER JOIN (
                  SELECT
                    "t1"."person_id" AS "_pid",
                    "t1"."start_date" AS "_ex_start",
                    "t1"."end_date" AS "_ex_end",
                    "t1"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t1"
                  WHERE
                    "t1"."start_date" <= CAST($as_of AS DATE)
                ) AS "t5"
                  ON "t15"."person_id" = "t5"."_pid"
                  AND "t5"."_ex_start" <= "t15"."_to"
                  AND "t5"."_ex_end" >= "t15"."_from"
              ) AS "t16"
              GROUP BY
                1,
                2,
                3
            ) AS "t18"
              ON "t14"."person_id" = "t18"."person_id"
              AND "t14"."benefit" = "t18"."benefit"
              AND "t14"."start_date" = "t18"."start_date"
          ) AS "t19"
        ) AS "t20"
      ) AS "t26"
      LEFT OUTER JOIN (
        SELECT
          "t34".*
          EXCLUDE ("_need")
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            CASE
              WHEN "t33"."counted" >= "t33"."_need"
              THEN "t33"."nth_date"
              ELSE CAST(NULL AS DATE)
            END AS "nth_date",
            "t33"."counted",
            "t33"."in_window",
            "t33"."listed",
            "t33"."_need"
          FROM (
            SELECT
              "t32"."person_id",
              "t32"."benefit",
              "t32"."start_date",
              MAX("t32"."date") AS "nth_date",
              COUNT(*) AS "counted",
              SUM(CAST("t32"."date" <= "t32"."_due" AS INT)) AS "in_window",
              LISTAGG("t32"."description", ', ' ORDER BY "t32"."date" ASC) AS "listed",
              MAX("t32"."_n") AS "_need"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t30"."person_id",
                  "t30"."benefit",
                  "t30"."start_date",
                  "t30"."date",
                  "t30"."description",
                  "t30"."_n",
                  "t30"."_due",
                  ROW_NUMBER() OVER (
                    PARTITION BY "t30"."person_id", "t30"."benefit", "t30"."start_date"
                    ORDER BY "t30"."date" ASC, "t30"."description" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) - 1 AS "_rank"
                FROM (
                  SELECT
                    "t29"."person_id",
                    "t29"."benefit",
                    "t29"."start_date",
                    "t29"."date",
                    "t29"."description",
                    "t27"."_n",
                    "t27"."_due"
                  FROM (
                    SELECT
                      "t23"."person_id",
                      "t23"."benefit",
                      "t23"."start_date",
                      "t23"."date",
                      "t23"."kind" || ' ' || CAST("t23"."date" AS TEXT) || ' (' || "t23"."form" || ', ' || "t23"."held_by" || ')' AS "description"
                    FROM (
                      SELECT
                        "t22"."person_id",
                        "t22"."benefit",
                        "t22"."start_date",
                        "t22"."window_start",
                        "t22"."_last",
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
                          "t20"."person_id",
                          "t20"."benefit",
                          "t20"."start_date",
                          "t20"."window_start",
                          COALESCE("t20"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t19".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t14"."person_id",
                              "t14"."benefit",
                              "t14"."start_date",
                              "t14"."end_date",
                              "t14"."first_contact_date",
                              "t14"."target_group",
                              "t14"."first_absence_date",
                              "t14"."sickness_category",
                              "t14"."employed",
                              "t14"."handover_date",
                              "t14"."expected_absence_weeks",
                              "t14"."work_obligation",
                              "t14"."municipality",
                              "t14"."periods",
                              "t14"."window_start",
                              "t14"."required",
                              "t14"."required_joint",
                              "t14"."in_force",
                              "t14"."due0",
                              "t18"."person_id" AS "person_id_right",
                              "t18"."benefit" AS "benefit_right",
                              "t18"."start_date" AS "start_date_right",
                              "t18"."exempt_days",
                              "t18"."exempt_now",
                              "t18"."exemption_note"
                            FROM (
                              SELECT
                                "t11"."person_id",
                                "t11"."benefit",
                                "t11"."start_date",
                                CASE
                                  WHEN "t11"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t11"."_end"
                                END AS "end_date",
                                "t11"."first_contact_date",
                                "t11"."target_group",
                                "t11"."first_absence_date",
                                "t11"."sickness_category",
                                "t11"."employed",
                                "t11"."handover_date",
                                "t11"."expected_absence_weeks",
                                "t11"."work_obligation",
                                "t11"."municipality",
                                "t11"."periods",
                                "t11"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                CAST(CAST(CAST(CAST("t11"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM "t10" AS "t11"
                              WHERE
                                "t11"."benefit" IN ('dagpenge')
                            ) AS "t14"
                            LEFT OUTER JOIN (
                              SELECT
                                "t16"."person_id",
                                "t16"."benefit",
                                "t16"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t16"."_ex_start", "t16"."_from"),
                                    LEAST("t16"."_ex_end", "t16"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t16"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t16"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                LISTAGG(
                                  
                                    'fritaget ' || CAST("t16"."_ex_start" AS TEXT) || '–' || CAST("t16"."_ex_end" AS TEXT) || ' (' || "t16"."_ex_reason" || ')',
                                    ', ' ORDER BY "t16"."_ex_start" ASC
                                  
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t15"."person_id",
                                  "t15"."benefit",
                                  "t15"."start_date",
                                  "t15"."_from",
                                  "t15"."_to",
                                  "t5"."_pid",
                                  "t5"."_ex_start",
                                  "t5"."_ex_end",
                                  "t5"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t11"."person_id",
                                    "t11"."benefit",
                                    "t11"."start_date",
                                    "t11"."start_date" AS "_from",
                                    CAST(CAST(CAST(CAST("t11"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                                  FROM "t10" AS "t11"
                                  WHERE
                                    "t11"."benefit" IN ('dagpenge')
                                ) AS "t15"
                                INNER JOIN (
                                  SELECT
                                    "t1"."person_id" AS "_pid",
                                    "t1"."start_date" AS "_ex_start",
                                    "t1"."end_date" AS "_ex_end",
                                    "t1"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t1"
                                  WHERE
                                    "t1"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t5"
                                  ON "t15"."person_id" = "t5"."_pid"
                                  AND "t5"."_ex_start" <= "t15"."_to"
                                  AND "t5"."_ex_end" >= "t15"."_from"
                              ) AS "t16"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t18"
                              ON "t14"."person_id" = "t18"."person_id"
                              AND "t14"."benefit" = "t18"."benefit"
                              AND "t14"."start_date" = "t18"."start_date"
                          ) AS "t19"
                        ) AS "t20"
                      ) AS "t22"
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
                        ON "t22"."person_id" = "t6"."person_id"
                        AND "t6"."date" >= "t22"."window_start"
                        AND "t6"."date" <= "t22"."_last"
                    ) AS "t23"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t23"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN ['akasse']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t23"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t23"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t23"."form"
                        ),
                        FALSE
                      )
                  ) AS "t29"
                  INNER JOIN (
                    SELECT
                      "t20"."person_id",
                      "t20"."benefit",
                      "t20"."start_date",
                      "t20"."required" AS "_n",
                      CAST(CAST("t20"."due0" + TO_DAYS(
                        CASE
                          WHEN COALESCE(
                            CASE
                              WHEN "t20"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN TRUE
                              ELSE CAST(NULL AS BOOLEAN)
                            END,
                            FALSE
                          )
                          THEN COALESCE("t20"."exempt_days", 0)
                          ELSE 0
                        END
                      ) AS TIMESTAMP) AS DATE) AS "_due"
                    FROM (
                      SELECT
                        "t19".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t14"."person_id",
                          "t14"."benefit",
                          "t14"."start_date",
                          "t14"."end_date",
                          "t14"."first_contact_date",
                          "t14"."target_group",
                          "t14"."first_absence_date",
                          "t14"."sickness_category",
                          "t14"."employed",
                          "t14"."handover_date",
                          "t14"."expected_absence_weeks",
                          "t14"."work_obligation",
                          "t14"."municipality",
                          "t14"."periods",
                          "t14"."window_start",
                          "t14"."required",
                          "t14"."required_joint",
                          "t14"."in_force",
                          "t14"."due0",
                          "t18"."person_id" AS "person_id_right",
                          "t18"."benefit" AS "benefit_right",
                          "t18"."start_date" AS "start_date_right",
                          "t18"."exempt_days",
                          "t18"."exempt_now",
                          "t18"."exemption_note"
                        FROM (
                          SELECT
                            "t11"."person_id",
                            "t11"."benefit",
                            "t11"."start_date",
                            CASE
                              WHEN "t11"."_end" = MAKE_DATE(9999, 12, 31)
                              THEN CAST(NULL AS DATE)
                              ELSE "t11"."_end"
                            END AS "end_date",
                            "t11"."first_contact_date",
                            "t11"."target_group",
                            "t11"."first_absence_date",
                            "t11"."sickness_category",
                            "t11"."employed",
                            "t11"."handover_date",
                            "t11"."expected_absence_weeks",
                            "t11"."work_obligation",
                            "t11"."municipality",
                            "t11"."periods",
                            "t11"."start_date" AS "window_start",
                            COALESCE(
                              CASE
                                WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) + COALESCE(0, 0) AS "required",
                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                            (
                              CASE
                                WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            )
                            AND (
                              CASE
                                WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                            ) AS "in_force",
                            CAST(CAST(CAST(CAST("t11"."start_date" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM "t10" AS "t11"
                          WHERE
                            "t11"."benefit" IN ('dagpenge')
                        ) AS "t14"
                        LEFT OUTER JOIN (
                          SELECT
                            "t16"."person_id",
                            "t16"."benefit",
                            "t16"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t16"."_ex_start", "t16"."_from"),
                                LEAST("t16"."_ex_end", "t16"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t16"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t16"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            LISTAGG(
                              
                                'fritaget ' || CAST("t16"."_ex_start" AS TEXT) || '–' || CAST("t16"."_ex_end" AS TEXT) || ' (' || "t16"."_ex_reason" || ')',
                                ', ' ORDER BY "t16"."_ex_start" ASC
                              
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t15"."person_id",
                              "t15"."benefit",
                              "t15"."start_date",
                              "t15"."_from",
                              "t15"."_to",
                              "t5"."_pid",
                              "t5"."_ex_start",
                              "t5"."_ex_end",
                              "t5"."_ex_reason"
                            FROM (
                              SELECT
                                "t11"."person_id",
                                "t11"."benefit",
                                "t11"."start_date",
                                "t11"."start_date" AS "_from",
                                CAST(CAST(CAST(CAST("t11"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                              FROM "t10" AS "t11"
                              WHERE
                                "t11"."benefit" IN ('dagpenge')
                            ) AS "t15"
                            INNER JOIN (
                              SELECT
                                "t1"."person_id" AS "_pid",
                                "t1"."start_date" AS "_ex_start",
                                "t1"."end_date" AS "_ex_end",
                                "t1"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t1"
                              WHERE
                                "t1"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t5"
                              ON "t15"."person_id" = "t5"."_pid"
                              AND "t5"."_ex_start" <= "t15"."_to"
                              AND "t5"."_ex_end" >= "t15"."_from"
                          ) AS "t16"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t18"
                          ON "t14"."person_id" = "t18"."person_id"
                          AND "t14"."benefit" = "t18"."benefit"
                          AND "t14"."start_date" = "t18"."start_date"
                      ) AS "t19"
                    ) AS "t20"
                  ) AS "t27"
                    ON "t29"."person_id" = "t27"."person_id"
                    AND "t29"."benefit" = "t27"."benefit"
                    AND "t29"."start_date" = "t27"."start_date"
                ) AS "t30"
              ) AS "t31"
              WHERE
                "t31"."_rank" < "t31"."_n"
            ) AS "t32"
            GROUP BY
              1,
              2,
              3
          ) AS "t33"
        ) AS "t34"
      ) AS "t36"
        ON "t26"."person_id" = "t36"."person_id"
        AND "t26"."benefit" = "t36"."benefit"
        AND "t26"."start_date" = "t36"."start_date"
    ) AS "t37"
  ) AS "t38"
) AS "t39"
