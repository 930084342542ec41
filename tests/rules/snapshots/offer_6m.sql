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
            "t2"."person_id",
            "t2"."benefit",
            "t2"."start_date",
            "t2"."end_date",
            "t2"."target_group",
            "t2"."first_contact_date",
            "t2"."first_absence_date",
            "t2"."sickness_category",
            "t2"."employed",
            "t2"."municipality",
            "t2"."work_obligation",
            "t2"."expected_absence_weeks",
            "t2"."handover_date",
            CASE
              WHEN (
                "t2"."end_date" IS NULL
              ) OR (
                "t2"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t2"."end_date"
            END AS "_end"
          FROM "benefit_periods" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t7"
      ) AS "t8"
    ) AS "t9"
    GROUP BY
      1,
      2,
      3
  ) AS "t10"
  WHERE
    "t10"."benefit" IN ('dagpenge', 'kontanthjaelp')
)
SELECT
  "t32"."person_id",
  "t32"."benefit",
  'offer_6m' AS "kind",
  'offer_6m' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t32"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, svar på spørgsmål fra webinar 21.1.2026 (tilbud til 75 %)'
    WHEN "t32"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 102, stk. 1'
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
      "t32"."fulfilled_date" <= COALESCE("t32"."on_time_until", "t32"."due_date")
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
      "t32"."fulfilled_date" > COALESCE("t32"."on_time_until", "t32"."due_date")
    )
    THEN DATE_DIFF('DAY', COALESCE("t32"."on_time_until", "t32"."due_date"), "t32"."fulfilled_date")
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
    "t31"."fulfilled_date",
    "t31"."offer_kind",
    "t31"."offer_end",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t31"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['loentilskud']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t31"."offer_kind"
        ),
        FALSE
      )
      THEN CAST(CAST("t31"."due_date" + TO_DAYS(
        COALESCE(
          CASE
            WHEN "t31"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 3
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        ) * 7
      ) AS TIMESTAMP) AS DATE)
      ELSE "t31"."due_date"
    END AS "on_time_until",
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
        THEN "t31"."offer_kind" || ' ' || CAST("t31"."fulfilled_date" AS TEXT) || '–' || CAST("t31"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t31"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t31"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
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
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      ELSE CASE
        WHEN "t31"."fulfilled_date" IS NOT NULL
        THEN "t31"."offer_kind" || ' ' || CAST("t31"."fulfilled_date" AS TEXT) || '–' || CAST("t31"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t31"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t31"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
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
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END || '; ' || CASE
        WHEN "t31"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t31"."exemption_start" AS TEXT) || '–' || CAST("t31"."exemption_end" AS TEXT) || ' (' || "t31"."exemption_reason" || ')'
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t30".*
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
        "t26"."in_force",
        "t26"."due0",
        "t26"."exemption_start",
        "t26"."exemption_end",
        "t26"."exemption_reason",
        "t26"."due_date",
        "t29"."person_id" AS "person_id_right",
        "t29"."benefit" AS "benefit_right",
        "t29"."start_date" AS "start_date_right",
        "t29"."fulfilled_date",
        "t29"."offer_kind",
        "t29"."offer_end"
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
          "t21"."in_force",
          "t21"."due0",
          "t21"."exemption_start",
          "t21"."exemption_end",
          "t21"."exemption_reason",
          CASE
            WHEN "t21"."exemption_end" IS NOT NULL
            THEN CAST(CAST("t21"."exemption_end" + TO_MONTHS(
              CASE
                WHEN "t21"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 1
                ELSE CAST(NULL AS BIGINT)
              END
            ) AS TIMESTAMP) AS DATE)
            ELSE "t21"."due0"
          END AS "due_date"
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
              "t15"."in_force",
              "t15"."due0",
              "t19"."person_id" AS "person_id_right",
              "t19"."benefit" AS "benefit_right",
              "t19"."start_date" AS "start_date_right",
              "t19"."exemption_start",
              "t19"."exemption_end",
              "t19"."exemption_reason"
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
                    THEN CAST(NULL AS BIGINT)
                    WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 6
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN ['dagpenge', 'kontanthjaelp']
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
                        WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobparat', 'aktivitetsparat']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t12"."target_group"
                    ),
                    FALSE
                  )
                ) AS "in_force",
                CAST(CAST("t12"."window_start" + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN CAST(NULL AS BIGINT)
                      WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN 6
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE) AS "due0"
              FROM "t11" AS "t12"
            ) AS "t15"
            LEFT OUTER JOIN (
              SELECT
                "t17"."person_id",
                "t17"."benefit",
                "t17"."start_date",
                FIRST("t17"."_ex_start" ORDER BY "t17"."_ex_end" DESC) AS "exemption_start",
                MAX("t17"."_ex_end") AS "exemption_end",
                FIRST("t17"."_ex_reason" ORDER BY "t17"."_ex_end" DESC) AS "exemption_reason"
              FROM (
                SELECT
                  "t16"."person_id",
                  "t16"."benefit",
                  "t16"."start_date",
                  "t16"."_day",
                  "t6"."_pid",
                  "t6"."_ex_start",
                  "t6"."_ex_end",
                  "t6"."_ex_reason"
                FROM (
                  SELECT
                    "t12"."person_id",
                    "t12"."benefit",
                    "t12"."start_date",
                    CAST(CAST("t12"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN CAST(NULL AS BIGINT)
                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_day"
                  FROM "t11" AS "t12"
                ) AS "t16"
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
                  ON "t16"."person_id" = "t6"."_pid"
                  AND "t6"."_ex_start" <= "t16"."_day"
                  AND "t6"."_ex_end" >= "t16"."_day"
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
      ) AS "t26"
      LEFT OUTER JOIN (
        SELECT
          "t27"."person_id",
          "t27"."benefit",
          "t27"."start_date",
          MIN("t27"."_start") AS "fulfilled_date",
          FIRST("t27"."_kind" ORDER BY "t27"."_start") AS "offer_kind",
          FIRST("t27"."_end" ORDER BY "t27"."_start") AS "offer_end"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t23"."person_id",
              "t23"."benefit",
              "t23"."start_date",
              "t23"."_ws",
              "t23"."_last",
              "t5"."_pid",
              "t5"."_kind",
              "t5"."_start",
              "t5"."_end"
            FROM (
              SELECT
                "t21"."person_id",
                "t21"."benefit",
                "t21"."start_date",
                "t21"."window_start" AS "_ws",
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
                    "t15"."in_force",
                    "t15"."due0",
                    "t19"."person_id" AS "person_id_right",
                    "t19"."benefit" AS "benefit_right",
                    "t19"."start_date" AS "start_date_right",
                    "t19"."exemption_start",
                    "t19"."exemption_end",
                    "t19"."exemption_reason"
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
                          THEN CAST(NULL AS BIGINT)
                          WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['dagpenge', 'kontanthjaelp']
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
                              WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobparat', 'aktivitetsparat']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t12"."target_group"
                          ),
                          FALSE
                        )
                      ) AS "in_force",
                      CAST(CAST("t12"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) AS "due0"
                    FROM "t11" AS "t12"
                  ) AS "t15"
                  LEFT OUTER JOIN (
                    SELECT
                      "t17"."person_id",
                      "t17"."benefit",
                      "t17"."start_date",
                      FIRST("t17"."_ex_start" ORDER BY "t17"."_ex_end" DESC) AS "exemption_start",
                      MAX("t17"."_ex_end") AS "exemption_end",
                      FIRST("t17"."_ex_reason" ORDER BY "t17"."_ex_end" DESC) AS "exemption_reason"
                    FROM (
                      SELECT
                        "t16"."person_id",
                        "t16"."benefit",
                        "t16"."start_date",
                        "t16"."_day",
                        "t6"."_pid",
                        "t6"."_ex_start",
                        "t6"."_ex_end",
                        "t6"."_ex_reason"
                      FROM (
                        SELECT
                          "t12"."person_id",
                          "t12"."benefit",
                          "t12"."start_date",
                          CAST(CAST("t12"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t12"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_day"
                        FROM "t11" AS "t12"
                      ) AS "t16"
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
                        ON "t16"."person_id" = "t6"."_pid"
                        AND "t6"."_ex_start" <= "t16"."_day"
                        AND "t6"."_ex_end" >= "t16"."_day"
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
                "t0"."person_id" AS "_pid",
                "t0"."kind" AS "_kind",
                "t0"."start_date" AS "_start",
                "t0"."end_date" AS "_end"
              FROM "offers" AS "t0"
              WHERE
                "t0"."start_date" <= CAST($as_of AS DATE)
            ) AS "t5"
              ON "t23"."person_id" = "t5"."_pid"
              AND "t5"."_start" >= "t23"."_ws"
              AND "t5"."_start" <= "t23"."_last"
          ) AS "t24"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t24"."_ws" >= MAKE_DATE(2020, 1, 1)
                  THEN [
                    'virksomhedspraktik',
                    'loentilskud',
                    'vejledning_opkvalificering',
                    'nytteindsats'
                  ]
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t24"."_kind"
              ),
              FALSE
            )
            AND (
              DATE_DIFF('DAY', "t24"."_start", "t24"."_end") + 1
            ) >= (
              CASE WHEN "t24"."_ws" >= MAKE_DATE(2020, 1, 1) THEN 2 ELSE CAST(NULL AS BIGINT) END * 7
            )
        ) AS "t27"
        GROUP BY
          1,
          2,
          3
      ) AS "t29"
        ON "t26"."person_id" = "t29"."person_id"
        AND "t26"."benefit" = "t29"."benefit"
        AND "t26"."start_date" = "t29"."start_date"
    ) AS "t30"
  ) AS "t31"
) AS "t32"
