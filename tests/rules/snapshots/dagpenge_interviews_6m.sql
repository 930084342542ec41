WITH "t12" AS (
  SELECT
    "t11"."person_id",
    "t11"."benefit",
    "t11"."_spell",
    MIN("t11"."start_date") AS "start_date",
    MAX("t11"."_end") AS "_end",
    FIRST("t11"."first_contact_date" ORDER BY "t11"."start_date") AS "first_contact_date",
    FIRST("t11"."target_group" ORDER BY "t11"."start_date") AS "target_group",
    FIRST("t11"."first_absence_date" ORDER BY "t11"."start_date") AS "first_absence_date",
    FIRST("t11"."sickness_category" ORDER BY "t11"."start_date") AS "sickness_category",
    FIRST("t11"."employed" ORDER BY "t11"."start_date") AS "employed",
    FIRST("t11"."handover_date" ORDER BY "t11"."start_date") AS "handover_date",
    FIRST("t11"."expected_absence_weeks" ORDER BY "t11"."start_date") AS "expected_absence_weeks",
    FIRST("t11"."work_obligation" ORDER BY "t11"."start_date") AS "work_obligation",
    FIRST("t11"."municipality" ORDER BY "t11"."start_date") AS "municipality",
    COUNT(*) AS "periods"
  FROM (
    SELECT
      "t10"."person_id",
      "t10"."benefit",
      "t10"."start_date",
      "t10"."end_date",
      "t10"."target_group",
      "t10"."first_contact_date",
      "t10"."first_absence_date",
      "t10"."sickness_category",
      "t10"."employed",
      "t10"."municipality",
      "t10"."work_obligation",
      "t10"."expected_absence_weeks",
      "t10"."handover_date",
      "t10"."_end",
      "t10"."_new",
      SUM("t10"."_new") OVER (
        PARTITION BY "t10"."person_id", "t10"."benefit"
        ORDER BY "t10"."start_date" ASC, "t10"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
    FROM (
      SELECT
        "t9"."person_id",
        "t9"."benefit",
        "t9"."start_date",
        "t9"."end_date",
        "t9"."target_group",
        "t9"."first_contact_date",
        "t9"."first_absence_date",
        "t9"."sickness_category",
        "t9"."employed",
        "t9"."municipality",
        "t9"."work_obligation",
        "t9"."expected_absence_weeks",
        "t9"."handover_date",
        "t9"."_end",
        CASE
          WHEN MAX("t9"."_end") OVER (
            PARTITION BY "t9"."person_id", "t9"."benefit"
            ORDER BY "t9"."start_date" ASC, "t9"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
          ) IS NULL
          THEN 1
          WHEN "t9"."start_date" > (
            MAX("t9"."_end") OVER (
              PARTITION BY "t9"."person_id", "t9"."benefit"
              ORDER BY "t9"."start_date" ASC, "t9"."_end" ASC
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
      ) AS "t9"
    ) AS "t10"
  ) AS "t11"
  GROUP BY
    1,
    2,
    3
)
SELECT
  "t57"."person_id",
  "t57"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t57"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t57"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t57"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t57"."window_start",
  CASE
    WHEN COALESCE("t57"."is_applicable", FALSE)
    THEN "t57"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t57"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t57"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t57"."fulfilled_date" <= "t57"."due_date"
    )
    THEN 'met'
    WHEN "t57"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t57"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t57"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t57"."is_applicable", FALSE)
    THEN "t57"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t57"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t57"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t57"."fulfilled_date" > "t57"."due_date"
    )
    THEN DATE_DIFF('DAY', "t57"."due_date", "t57"."fulfilled_date")
    WHEN NOT (
      "t57"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t57"."is_exempt", FALSE)
    )
    AND (
      "t57"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t57"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE("t57"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t56"."person_id",
    "t56"."benefit",
    "t56"."start_date",
    "t56"."end_date",
    "t56"."first_contact_date",
    "t56"."target_group",
    "t56"."first_absence_date",
    "t56"."sickness_category",
    "t56"."employed",
    "t56"."handover_date",
    "t56"."expected_absence_weeks",
    "t56"."work_obligation",
    "t56"."municipality",
    "t56"."periods",
    "t56"."window_start",
    "t56"."required",
    "t56"."required_joint",
    "t56"."in_force",
    "t56"."due0",
    "t56"."exempt_days",
    "t56"."exempt_now",
    "t56"."exemption_note",
    "t56"."due_date",
    "t56"."nth_date",
    "t56"."counted",
    "t56"."in_window",
    "t56"."listed",
    "t56"."joint_date",
    "t56"."joint_in_window",
    CASE
      WHEN "t56"."required_joint" = 0
      THEN "t56"."nth_date"
      WHEN (
        "t56"."nth_date" IS NOT NULL
      ) AND (
        "t56"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t56"."nth_date", "t56"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t56"."in_force"
    AND NOT (
      (
        "t56"."end_date" IS NOT NULL
      )
      AND (
        "t56"."end_date" < "t56"."due_date"
      )
      AND (
        CASE
          WHEN "t56"."required_joint" = 0
          THEN "t56"."nth_date"
          WHEN (
            "t56"."nth_date" IS NOT NULL
          ) AND (
            "t56"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t56"."nth_date", "t56"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t56"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t56"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t56"."end_date" IS NOT NULL
        )
        AND (
          "t56"."end_date" < "t56"."due_date"
        )
        AND (
          CASE
            WHEN "t56"."required_joint" = 0
            THEN "t56"."nth_date"
            WHEN (
              "t56"."nth_date" IS NOT NULL
            ) AND (
              "t56"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t56"."nth_date", "t56"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t56"."in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t56"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t56"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t56"."listed" IS NOT NULL THEN ': ' || "t56"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t56"."end_date" AS TEXT)
        ELSE CAST(COALESCE("t56"."in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t56"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t56"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t56"."listed" IS NOT NULL THEN ': ' || "t56"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t56"."end_date" IS NOT NULL
        )
        AND (
          "t56"."end_date" < "t56"."due_date"
        )
        AND (
          CASE
            WHEN "t56"."required_joint" = 0
            THEN "t56"."nth_date"
            WHEN (
              "t56"."nth_date" IS NOT NULL
            ) AND (
              "t56"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t56"."nth_date", "t56"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t56"."in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t56"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t56"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t56"."listed" IS NOT NULL THEN ': ' || "t56"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t56"."end_date" AS TEXT)
        ELSE CAST(COALESCE("t56"."in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t56"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t56"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t56"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t56"."listed" IS NOT NULL THEN ': ' || "t56"."listed" ELSE '' END
      END || '; ' || "t56"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t55".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t54"."person_id",
        "t54"."benefit",
        "t54"."start_date",
        "t54"."end_date",
        "t54"."first_contact_date",
        "t54"."target_group",
        "t54"."first_absence_date",
        "t54"."sickness_category",
        "t54"."employed",
        "t54"."handover_date",
        "t54"."expected_absence_weeks",
        "t54"."work_obligation",
        "t54"."municipality",
        "t54"."periods",
        "t54"."window_start",
        "t54"."required",
        "t54"."required_joint",
        "t54"."in_force",
        "t54"."due0",
        "t54"."exempt_days",
        "t54"."exempt_now",
        "t54"."exemption_note",
        "t54"."due_date",
        "t54"."nth_date",
        "t54"."counted",
        "t54"."in_window",
        "t54"."listed",
        "t51"."person_id" AS "person_id_right",
        "t51"."benefit" AS "benefit_right",
        "t51"."start_date" AS "start_date_right",
        "t51"."joint_date",
        "t51"."joint_in_window"
      FROM (
        SELECT
          "t52".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t30"."person_id",
            "t30"."benefit",
            "t30"."start_date",
            "t30"."end_date",
            "t30"."first_contact_date",
            "t30"."target_group",
            "t30"."first_absence_date",
            "t30"."sickness_category",
            "t30"."employed",
            "t30"."handover_date",
            "t30"."expected_absence_weeks",
            "t30"."work_obligation",
            "t30"."municipality",
            "t30"."periods",
            "t30"."window_start",
            "t30"."required",
            "t30"."required_joint",
            "t30"."in_force",
            "t30"."due0",
            "t30"."exempt_days",
            "t30"."exempt_now",
            "t30"."exemption_note",
            "t30"."due_date",
            "t49"."person_id" AS "person_id_right",
            "t49"."benefit" AS "benefit_right",
            "t49"."start_date" AS "start_date_right",
            "t49"."nth_date",
            "t49"."counted",
            "t49"."in_window",
            "t49"."listed"
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
              "t22"."required",
              "t22"."required_joint",
              "t22"."in_force",
              "t22"."due0",
              COALESCE("t22"."exempt_days", 0) AS "exempt_days",
              COALESCE("t22"."exempt_now", FALSE) AS "exempt_now",
              COALESCE("t22"."exemption_note", '') AS "exemption_note",
              CAST(CAST("t22"."due0" + TO_DAYS(
                CASE
                  WHEN COALESCE(
                    CASE
                      WHEN "t22"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN TRUE
                      ELSE CAST(NULL AS BOOLEAN)
                    END,
                    FALSE
                  )
                  THEN COALESCE("t22"."exempt_days", 0)
                  ELSE 0
                END
              ) AS TIMESTAMP) AS DATE) AS "due_date"
            FROM (
              SELECT
                "t21".*
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
                  "t16"."required",
                  "t16"."required_joint",
                  "t16"."in_force",
                  "t16"."due0",
                  "t20"."person_id" AS "person_id_right",
                  "t20"."benefit" AS "benefit_right",
                  "t20"."start_date" AS "start_date_right",
                  "t20"."exempt_days",
                  "t20"."exempt_now",
                  "t20"."exemption_note"
                FROM (
                  SELECT
                    "t13"."person_id",
                    "t13"."benefit",
                    "t13"."start_date",
                    CASE
                      WHEN "t13"."_end" = MAKE_DATE(9999, 12, 31)
                      THEN CAST(NULL AS DATE)
                      ELSE "t13"."_end"
                    END AS "end_date",
                    "t13"."first_contact_date",
                    "t13"."target_group",
                    "t13"."first_absence_date",
                    "t13"."sickness_category",
                    "t13"."employed",
                    "t13"."handover_date",
                    "t13"."expected_absence_weeks",
                    "t13"."work_obligation",
                    "t13"."municipality",
                    "t13"."periods",
                    "t13"."start_date" AS "window_start",
                    COALESCE(
                      CASE
                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                        THEN CAST(NULL AS BIGINT)
                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                        THEN 3
                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) + COALESCE(
                      CASE
                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                        THEN CAST(NULL AS BIGINT)
                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                        THEN 0
                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) AS "required",
                    COALESCE(
                      CASE
                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                        THEN CAST(NULL AS BIGINT)
                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                        THEN 0
                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) AS "required_joint",
                    (
                      CASE
                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                        THEN CAST(NULL AS BIGINT)
                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                        THEN 3
                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      CASE
                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    ) AS "in_force",
                    CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                  FROM "t12" AS "t13"
                  WHERE
                    "t13"."benefit" IN ('dagpenge')
                ) AS "t16"
                LEFT OUTER JOIN (
                  SELECT
                    "t18"."person_id",
                    "t18"."benefit",
                    "t18"."start_date",
                    CAST(SUM(
                      DATE_DIFF(
                        'DAY',
                        GREATEST("t18"."_ex_start", "t18"."_from"),
                        LEAST("t18"."_ex_end", "t18"."_to")
                      ) + 1
                    ) AS INT) AS "exempt_days",
                    BOOL_OR(
                      CAST((
                        "t18"."_ex_start" <= CAST($as_of AS DATE)
                      )
                      AND (
                        "t18"."_ex_end" >= CAST($as_of AS DATE)
                      ) AS BOOLEAN)
                    ) AS "exempt_now",
                    LISTAGG(
                      
                        'fritaget ' || CAST("t18"."_ex_start" AS TEXT) || '–' || CAST("t18"."_ex_end" AS TEXT) || ' (' || "t18"."_ex_reason" || ')',
                        ', ' ORDER BY "t18"."_ex_start" ASC
                      
                    ) AS "exemption_note"
                  FROM (
                    SELECT
                      "t17"."person_id",
                      "t17"."benefit",
                      "t17"."start_date",
                      "t17"."_from",
                      "t17"."_to",
                      "t6"."_pid",
                      "t6"."_ex_start",
                      "t6"."_ex_end",
                      "t6"."_ex_reason"
                    FROM (
                      SELECT
                        "t13"."person_id",
                        "t13"."benefit",
                        "t13"."start_date",
                        "t13"."start_date" AS "_from",
                        CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                      FROM "t12" AS "t13"
                      WHERE
                        "t13"."benefit" IN ('dagpenge')
                    ) AS "t17"
                    INNER JOIN (
                      SELECT
                        "t1"."person_id" AS "_pid",
                        "t1"."start_date" AS "_ex_start",
                        "t1"."end_date" AS "_ex_end",
                        "t1"."reason" AS "_ex_reason"
                      FROM "exemptions" AS "t1"
                      WHERE
                        "t1"."start_date" <= CAST($as_of AS DATE)
                    ) AS "t6"
                      ON "t17"."person_id" = "t6"."_pid"
                      AND "t6"."_ex_start" <= "t17"."_to"
                      AND "t6"."_ex_end" >= "t17"."_from"
                  ) AS "t18"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t20"
                  ON "t16"."person_id" = "t20"."person_id"
                  AND "t16"."benefit" = "t20"."benefit"
                  AND "t16"."start_date" = "t20"."start_date"
              ) AS "t21"
            ) AS "t22"
          ) AS "t30"
          LEFT OUTER JOIN (
            SELECT
              "t46".*
              EXCLUDE ("_need")
            FROM (
              SELECT
                "t44"."person_id",
                "t44"."benefit",
                "t44"."start_date",
                CASE
                  WHEN "t44"."counted" >= "t44"."_need"
                  THEN "t44"."nth_date"
                  ELSE CAST(NULL AS DATE)
                END AS "nth_date",
                "t44"."counted",
                "t44"."in_window",
                "t44"."listed",
                "t44"."_need"
              FROM (
                SELECT
                  "t42"."person_id",
                  "t42"."benefit",
                  "t42"."start_date",
                  MAX("t42"."date") AS "nth_date",
                  COUNT(*) AS "counted",
                  SUM(CAST("t42"."date" <= "t42"."_due" AS INT)) AS "in_window",
                  LISTAGG("t42"."description", ', ' ORDER BY "t42"."date" ASC) AS "listed",
                  MAX("t42"."_n") AS "_need"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t38"."person_id",
                      "t38"."benefit",
                      "t38"."start_date",
                      "t38"."date",
                      "t38"."description",
                      "t38"."_n",
                      "t38"."_due",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t38"."person_id", "t38"."benefit", "t38"."start_date"
                        ORDER BY "t38"."date" ASC, "t38"."description" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t36"."person_id",
                        "t36"."benefit",
                        "t36"."start_date",
                        "t36"."date",
                        "t36"."description",
                        "t32"."_n",
                        "t32"."_due"
                      FROM (
                        SELECT
                          "t26"."person_id",
                          "t26"."benefit",
                          "t26"."start_date",
                          "t26"."date",
                          "t26"."kind" || ' ' || CAST("t26"."date" AS TEXT) || ' (' || "t26"."form" || ', ' || "t26"."held_by" || ')' AS "description"
                        FROM (
                          SELECT
                            "t24"."person_id",
                            "t24"."benefit",
                            "t24"."start_date",
                            "t24"."window_start",
                            "t24"."_last",
                            "t8"."person_id" AS "person_id_right",
                            "t8"."date",
                            "t8"."kind",
                            "t8"."form",
                            "t8"."held_by",
                            "t8"."status",
                            "t8"."individual",
                            "t8"."caseworker_id",
                            "t8"."purpose"
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
                                  "t16"."required",
                                  "t16"."required_joint",
                                  "t16"."in_force",
                                  "t16"."due0",
                                  "t20"."person_id" AS "person_id_right",
                                  "t20"."benefit" AS "benefit_right",
                                  "t20"."start_date" AS "start_date_right",
                                  "t20"."exempt_days",
                                  "t20"."exempt_now",
                                  "t20"."exemption_note"
                                FROM (
                                  SELECT
                                    "t13"."person_id",
                                    "t13"."benefit",
                                    "t13"."start_date",
                                    CASE
                                      WHEN "t13"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t13"."_end"
                                    END AS "end_date",
                                    "t13"."first_contact_date",
                                    "t13"."target_group",
                                    "t13"."first_absence_date",
                                    "t13"."sickness_category",
                                    "t13"."employed",
                                    "t13"."handover_date",
                                    "t13"."expected_absence_weeks",
                                    "t13"."work_obligation",
                                    "t13"."municipality",
                                    "t13"."periods",
                                    "t13"."start_date" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 2
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 2
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    ) AS "in_force",
                                    CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM "t12" AS "t13"
                                  WHERE
                                    "t13"."benefit" IN ('dagpenge')
                                ) AS "t16"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t18"."person_id",
                                    "t18"."benefit",
                                    "t18"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t18"."_ex_start", "t18"."_from"),
                                        LEAST("t18"."_ex_end", "t18"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t18"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t18"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    LISTAGG(
                                      
                                        'fritaget ' || CAST("t18"."_ex_start" AS TEXT) || '–' || CAST("t18"."_ex_end" AS TEXT) || ' (' || "t18"."_ex_reason" || ')',
                                        ', ' ORDER BY "t18"."_ex_start" ASC
                                      
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t17"."person_id",
                                      "t17"."benefit",
                                      "t17"."start_date",
                                      "t17"."_from",
                                      "t17"."_to",
                                      "t6"."_pid",
                                      "t6"."_ex_start",
                                      "t6"."_ex_end",
                                      "t6"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t13"."person_id",
                                        "t13"."benefit",
                                        "t13"."start_date",
                                        "t13"."start_date" AS "_from",
                                        CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                                      FROM "t12" AS "t13"
                                      WHERE
                                        "t13"."benefit" IN ('dagpenge')
                                    ) AS "t17"
                                    INNER JOIN (
                                      SELECT
                                        "t1"."person_id" AS "_pid",
                                        "t1"."start_date" AS "_ex_start",
                                        "t1"."end_date" AS "_ex_end",
                                        "t1"."reason" AS "_ex_reason"
                                      FROM "exemptions" AS "t1"
                                      WHERE
                                        "t1"."start_date" <= CAST($as_of AS DATE)
                                    ) AS "t6"
                                      ON "t17"."person_id" = "t6"."_pid"
                                      AND "t6"."_ex_start" <= "t17"."_to"
                                      AND "t6"."_ex_end" >= "t17"."_from"
                                  ) AS "t18"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t20"
                                  ON "t16"."person_id" = "t20"."person_id"
                                  AND "t16"."benefit" = "t20"."benefit"
                                  AND "t16"."start_date" = "t20"."start_date"
                              ) AS "t21"
                            ) AS "t22"
                          ) AS "t24"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "conversations" AS "t2"
                            WHERE
                              "t2"."status" = 'afholdt'
                              AND COALESCE("t2"."individual", TRUE)
                              AND "t2"."date" <= CAST($as_of AS DATE)
                              AND "t2"."kind" IN ('jobsamtale', 'faellessamtale')
                          ) AS "t8"
                            ON "t24"."person_id" = "t8"."person_id"
                            AND "t8"."date" >= "t24"."window_start"
                            AND "t8"."date" <= "t24"."_last"
                        ) AS "t26"
                        WHERE
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobcenter', 'anden_aktoer']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t26"."held_by"
                            ),
                            FALSE
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['personligt', 'telefon', 'video']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t26"."form"
                            ),
                            FALSE
                          )
                      ) AS "t36"
                      INNER JOIN (
                        SELECT
                          "t22"."person_id",
                          "t22"."benefit",
                          "t22"."start_date",
                          "t22"."required" AS "_n",
                          CAST(CAST("t22"."due0" + TO_DAYS(
                            CASE
                              WHEN COALESCE(
                                CASE
                                  WHEN "t22"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN TRUE
                                  ELSE CAST(NULL AS BOOLEAN)
                                END,
                                FALSE
                              )
                              THEN COALESCE("t22"."exempt_days", 0)
                              ELSE 0
                            END
                          ) AS TIMESTAMP) AS DATE) AS "_due"
                        FROM (
                          SELECT
                            "t21".*
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
                              "t16"."required",
                              "t16"."required_joint",
                              "t16"."in_force",
                              "t16"."due0",
                              "t20"."person_id" AS "person_id_right",
                              "t20"."benefit" AS "benefit_right",
                              "t20"."start_date" AS "start_date_right",
                              "t20"."exempt_days",
                              "t20"."exempt_now",
                              "t20"."exemption_note"
                            FROM (
                              SELECT
                                "t13"."person_id",
                                "t13"."benefit",
                                "t13"."start_date",
                                CASE
                                  WHEN "t13"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t13"."_end"
                                END AS "end_date",
                                "t13"."first_contact_date",
                                "t13"."target_group",
                                "t13"."first_absence_date",
                                "t13"."sickness_category",
                                "t13"."employed",
                                "t13"."handover_date",
                                "t13"."expected_absence_weeks",
                                "t13"."work_obligation",
                                "t13"."municipality",
                                "t13"."periods",
                                "t13"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(
                                  CASE
                                    WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 0
                                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 2
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) AS "required",
                                COALESCE(
                                  CASE
                                    WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 0
                                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 2
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM "t12" AS "t13"
                              WHERE
                                "t13"."benefit" IN ('dagpenge')
                            ) AS "t16"
                            LEFT OUTER JOIN (
                              SELECT
                                "t18"."person_id",
                                "t18"."benefit",
                                "t18"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t18"."_ex_start", "t18"."_from"),
                                    LEAST("t18"."_ex_end", "t18"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t18"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t18"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                LISTAGG(
                                  
                                    'fritaget ' || CAST("t18"."_ex_start" AS TEXT) || '–' || CAST("t18"."_ex_end" AS TEXT) || ' (' || "t18"."_ex_reason" || ')',
                                    ', ' ORDER BY "t18"."_ex_start" ASC
                                  
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t17"."person_id",
                                  "t17"."benefit",
                                  "t17"."start_date",
                                  "t17"."_from",
                                  "t17"."_to",
                                  "t6"."_pid",
                                  "t6"."_ex_start",
                                  "t6"."_ex_end",
                                  "t6"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t13"."person_id",
                                    "t13"."benefit",
                                    "t13"."start_date",
                                    "t13"."start_date" AS "_from",
                                    CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                                  FROM "t12" AS "t13"
                                  WHERE
                                    "t13"."benefit" IN ('dagpenge')
                                ) AS "t17"
                                INNER JOIN (
                                  SELECT
                                    "t1"."person_id" AS "_pid",
                                    "t1"."start_date" AS "_ex_start",
                                    "t1"."end_date" AS "_ex_end",
                                    "t1"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t1"
                                  WHERE
                                    "t1"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t6"
                                  ON "t17"."person_id" = "t6"."_pid"
                                  AND "t6"."_ex_start" <= "t17"."_to"
                                  AND "t6"."_ex_end" >= "t17"."_from"
                              ) AS "t18"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t20"
                              ON "t16"."person_id" = "t20"."person_id"
                              AND "t16"."benefit" = "t20"."benefit"
                              AND "t16"."start_date" = "t20"."start_date"
                          ) AS "t21"
                        ) AS "t22"
                      ) AS "t32"
                        ON "t36"."person_id" = "t32"."person_id"
                        AND "t36"."benefit" = "t32"."benefit"
                        AND "t36"."start_date" = "t32"."start_date"
                    ) AS "t38"
                  ) AS "t40"
                  WHERE
                    "t40"."_rank" < "t40"."_n"
                ) AS "t42"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t44"
            ) AS "t46"
          ) AS "t49"
            ON "t30"."person_id" = "t49"."person_id"
            AND "t30"."benefit" = "t49"."benefit"
            AND "t30"."start_date" = "t49"."start_date"
        ) AS "t52"
      ) AS "t54"
      LEFT OUTER JOIN (
        SELECT
          "t47"."person_id",
          "t47"."benefit",
          "t47"."start_date",
          "t47"."nth_date" AS "joint_date",
          "t47"."in_window" AS "joint_in_window"
        FROM (
          SELECT
            "t45".*
            EXCLUDE ("_need")
          FROM (
            SELECT
              "t43"."person_id",
              "t43"."benefit",
              "t43"."start_date",
              CASE
                WHEN "t43"."counted" >= "t43"."_need"
                THEN "t43"."nth_date"
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              "t43"."counted",
              "t43"."in_window",
              "t43"."listed",
              "t43"."_need"
            FROM (
              SELECT
                "t41"."person_id",
                "t41"."benefit",
                "t41"."start_date",
                MAX("t41"."date") AS "nth_date",
                COUNT(*) AS "counted",
                SUM(CAST("t41"."date" <= "t41"."_due" AS INT)) AS "in_window",
                LISTAGG("t41"."description", ', ' ORDER BY "t41"."date" ASC) AS "listed",
                MAX("t41"."_n") AS "_need"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t37"."person_id",
                    "t37"."benefit",
                    "t37"."start_date",
                    "t37"."date",
                    "t37"."description",
                    "t37"."_n",
                    "t37"."_due",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t37"."person_id", "t37"."benefit", "t37"."start_date"
                      ORDER BY "t37"."date" ASC, "t37"."description" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "_rank"
                  FROM (
                    SELECT
                      "t35"."person_id",
                      "t35"."benefit",
                      "t35"."start_date",
                      "t35"."date",
                      "t35"."description",
                      "t31"."_n",
                      "t31"."_due"
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
                          "t7"."person_id" AS "person_id_right",
                          "t7"."date",
                          "t7"."kind",
                          "t7"."form",
                          "t7"."held_by",
                          "t7"."status",
                          "t7"."individual",
                          "t7"."caseworker_id",
                          "t7"."purpose"
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
                                "t16"."required",
                                "t16"."required_joint",
                                "t16"."in_force",
                                "t16"."due0",
                                "t20"."person_id" AS "person_id_right",
                                "t20"."benefit" AS "benefit_right",
                                "t20"."start_date" AS "start_date_right",
                                "t20"."exempt_days",
                                "t20"."exempt_now",
                                "t20"."exemption_note"
                              FROM (
                                SELECT
                                  "t13"."person_id",
                                  "t13"."benefit",
                                  "t13"."start_date",
                                  CASE
                                    WHEN "t13"."_end" = MAKE_DATE(9999, 12, 31)
                                    THEN CAST(NULL AS DATE)
                                    ELSE "t13"."_end"
                                  END AS "end_date",
                                  "t13"."first_contact_date",
                                  "t13"."target_group",
                                  "t13"."first_absence_date",
                                  "t13"."sickness_category",
                                  "t13"."employed",
                                  "t13"."handover_date",
                                  "t13"."expected_absence_weeks",
                                  "t13"."work_obligation",
                                  "t13"."municipality",
                                  "t13"."periods",
                                  "t13"."start_date" AS "window_start",
                                  COALESCE(
                                    CASE
                                      WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(
                                    CASE
                                      WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 0
                                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 2
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) AS "required",
                                  COALESCE(
                                    CASE
                                      WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 0
                                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 2
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 4
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  ) AS "in_force",
                                  CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM "t12" AS "t13"
                                WHERE
                                  "t13"."benefit" IN ('dagpenge')
                              ) AS "t16"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t18"."person_id",
                                  "t18"."benefit",
                                  "t18"."start_date",
                                  CAST(SUM(
                                    DATE_DIFF(
                                      'DAY',
                                      GREATEST("t18"."_ex_start", "t18"."_from"),
                                      LEAST("t18"."_ex_end", "t18"."_to")
                                    ) + 1
                                  ) AS INT) AS "exempt_days",
                                  BOOL_OR(
                                    CAST((
                                      "t18"."_ex_start" <= CAST($as_of AS DATE)
                                    )
                                    AND (
                                      "t18"."_ex_end" >= CAST($as_of AS DATE)
                                    ) AS BOOLEAN)
                                  ) AS "exempt_now",
                                  LISTAGG(
                                    
                                      'fritaget ' || CAST("t18"."_ex_start" AS TEXT) || '–' || CAST("t18"."_ex_end" AS TEXT) || ' (' || "t18"."_ex_reason" || ')',
                                      ', ' ORDER BY "t18"."_ex_start" ASC
                                    
                                  ) AS "exemption_note"
                                FROM (
                                  SELECT
                                    "t17"."person_id",
                                    "t17"."benefit",
                                    "t17"."start_date",
                                    "t17"."_from",
                                    "t17"."_to",
                                    "t6"."_pid",
                                    "t6"."_ex_start",
                                    "t6"."_ex_end",
                                    "t6"."_ex_reason"
                                  FROM (
                                    SELECT
                                      "t13"."person_id",
                                      "t13"."benefit",
                                      "t13"."start_date",
                                      "t13"."start_date" AS "_from",
                                      CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                                    FROM "t12" AS "t13"
                                    WHERE
                                      "t13"."benefit" IN ('dagpenge')
                                  ) AS "t17"
                                  INNER JOIN (
                                    SELECT
                                      "t1"."person_id" AS "_pid",
                                      "t1"."start_date" AS "_ex_start",
                                      "t1"."end_date" AS "_ex_end",
                                      "t1"."reason" AS "_ex_reason"
                                    FROM "exemptions" AS "t1"
                                    WHERE
                                      "t1"."start_date" <= CAST($as_of AS DATE)
                                  ) AS "t6"
                                    ON "t17"."person_id" = "t6"."_pid"
                                    AND "t6"."_ex_start" <= "t17"."_to"
                                    AND "t6"."_ex_end" >= "t17"."_from"
                                ) AS "t18"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t20"
                                ON "t16"."person_id" = "t20"."person_id"
                                AND "t16"."benefit" = "t20"."benefit"
                                AND "t16"."start_date" = "t20"."start_date"
                            ) AS "t21"
                          ) AS "t22"
                        ) AS "t24"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "conversations" AS "t2"
                          WHERE
                            "t2"."status" = 'afholdt'
                            AND COALESCE("t2"."individual", TRUE)
                            AND "t2"."date" <= CAST($as_of AS DATE)
                            AND "t2"."kind" IN ('faellessamtale')
                        ) AS "t7"
                          ON "t24"."person_id" = "t7"."person_id"
                          AND "t7"."date" >= "t24"."window_start"
                          AND "t7"."date" <= "t24"."_last"
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
                    ) AS "t35"
                    INNER JOIN (
                      SELECT
                        "t22"."person_id",
                        "t22"."benefit",
                        "t22"."start_date",
                        "t22"."required_joint" AS "_n",
                        CAST(CAST("t22"."due0" + TO_DAYS(
                          CASE
                            WHEN COALESCE(
                              CASE
                                WHEN "t22"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN TRUE
                                ELSE CAST(NULL AS BOOLEAN)
                              END,
                              FALSE
                            )
                            THEN COALESCE("t22"."exempt_days", 0)
                            ELSE 0
                          END
                        ) AS TIMESTAMP) AS DATE) AS "_due"
                      FROM (
                        SELECT
                          "t21".*
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
                            "t16"."required",
                            "t16"."required_joint",
                            "t16"."in_force",
                            "t16"."due0",
                            "t20"."person_id" AS "person_id_right",
                            "t20"."benefit" AS "benefit_right",
                            "t20"."start_date" AS "start_date_right",
                            "t20"."exempt_days",
                            "t20"."exempt_now",
                            "t20"."exemption_note"
                          FROM (
                            SELECT
                              "t13"."person_id",
                              "t13"."benefit",
                              "t13"."start_date",
                              CASE
                                WHEN "t13"."_end" = MAKE_DATE(9999, 12, 31)
                                THEN CAST(NULL AS DATE)
                                ELSE "t13"."_end"
                              END AS "end_date",
                              "t13"."first_contact_date",
                              "t13"."target_group",
                              "t13"."first_absence_date",
                              "t13"."sickness_category",
                              "t13"."employed",
                              "t13"."handover_date",
                              "t13"."expected_absence_weeks",
                              "t13"."work_obligation",
                              "t13"."municipality",
                              "t13"."periods",
                              "t13"."start_date" AS "window_start",
                              COALESCE(
                                CASE
                                  WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 4
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) + COALESCE(
                                CASE
                                  WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 0
                                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 2
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) AS "required",
                              COALESCE(
                                CASE
                                  WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 0
                                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 2
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) AS "required_joint",
                              (
                                CASE
                                  WHEN "t13"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t13"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 4
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NOT NULL
                              )
                              AND (
                                CASE
                                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NOT NULL
                              ) AS "in_force",
                              CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM "t12" AS "t13"
                            WHERE
                              "t13"."benefit" IN ('dagpenge')
                          ) AS "t16"
                          LEFT OUTER JOIN (
                            SELECT
                              "t18"."person_id",
                              "t18"."benefit",
                              "t18"."start_date",
                              CAST(SUM(
                                DATE_DIFF(
                                  'DAY',
                                  GREATEST("t18"."_ex_start", "t18"."_from"),
                                  LEAST("t18"."_ex_end", "t18"."_to")
                                ) + 1
                              ) AS INT) AS "exempt_days",
                              BOOL_OR(
                                CAST((
                                  "t18"."_ex_start" <= CAST($as_of AS DATE)
                                )
                                AND (
                                  "t18"."_ex_end" >= CAST($as_of AS DATE)
                                ) AS BOOLEAN)
                              ) AS "exempt_now",
                              LISTAGG(
                                
                                  'fritaget ' || CAST("t18"."_ex_start" AS TEXT) || '–' || CAST("t18"."_ex_end" AS TEXT) || ' (' || "t18"."_ex_reason" || ')',
                                  ', ' ORDER BY "t18"."_ex_start" ASC
                                
                              ) AS "exemption_note"
                            FROM (
                              SELECT
                                "t17"."person_id",
                                "t17"."benefit",
                                "t17"."start_date",
                                "t17"."_from",
                                "t17"."_to",
                                "t6"."_pid",
                                "t6"."_ex_start",
                                "t6"."_ex_end",
                                "t6"."_ex_reason"
                              FROM (
                                SELECT
                                  "t13"."person_id",
                                  "t13"."benefit",
                                  "t13"."start_date",
                                  "t13"."start_date" AS "_from",
                                  CAST(CAST(CAST(CAST("t13"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_to"
                                FROM "t12" AS "t13"
                                WHERE
                                  "t13"."benefit" IN ('dagpenge')
                              ) AS "t17"
                              INNER JOIN (
                                SELECT
                                  "t1"."person_id" AS "_pid",
                                  "t1"."start_date" AS "_ex_start",
                                  "t1"."end_date" AS "_ex_end",
                                  "t1"."reason" AS "_ex_reason"
                                FROM "exemptions" AS "t1"
                                WHERE
                                  "t1"."start_date" <= CAST($as_of AS DATE)
                              ) AS "t6"
                                ON "t17"."person_id" = "t6"."_pid"
                                AND "t6"."_ex_start" <= "t17"."_to"
                                AND "t6"."_ex_end" >= "t17"."_from"
                            ) AS "t18"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t20"
                            ON "t16"."person_id" = "t20"."person_id"
                            AND "t16"."benefit" = "t20"."benefit"
                            AND "t16"."start_date" = "t20"."start_date"
                        ) AS "t21"
                      ) AS "t22"
                    ) AS "t31"
                      ON "t35"."person_id" = "t31"."person_id"
                      AND "t35"."benefit" = "t31"."benefit"
                      AND "t35"."start_date" = "t31"."start_date"
                  ) AS "t37"
                ) AS "t39"
                WHERE
                  "t39"."_rank" < "t39"."_n"
              ) AS "t41"
              GROUP BY
                1,
                2,
                3
            ) AS "t43"
          ) AS "t45"
        ) AS "t47"
      ) AS "t51"
        ON "t54"."person_id" = "t51"."person_id"
        AND "t54"."benefit" = "t51"."benefit"
        AND "t54"."start_date" = "t51"."start_date"
    ) AS "t55"
  ) AS "t56"
) AS "t57"
