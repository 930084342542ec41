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
)
SELECT
  "t30"."person_id",
  "t30"."benefit",
  'sick_first_followup' AS "kind",
  'sick_first_followup' AS "rule_id",
  '1.0.1' AS "rule_version",
  CASE
    WHEN "t30"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1; STAR – Sygedagpengeopfølgning'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t30"."window_start",
  CASE
    WHEN COALESCE("t30"."is_applicable", FALSE)
    THEN "t30"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t30"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t30"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t30"."fulfilled_date" <= "t30"."due_date"
    )
    THEN 'met'
    WHEN "t30"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t30"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t30"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t30"."is_applicable", FALSE)
    THEN "t30"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t30"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t30"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t30"."fulfilled_date" > "t30"."due_date"
    )
    THEN DATE_DIFF('DAY', "t30"."due_date", "t30"."fulfilled_date")
    WHEN NOT (
      "t30"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t30"."is_exempt", FALSE)
    )
    AND (
      "t30"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t30"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  COALESCE("t30"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t29"."person_id",
    "t29"."benefit",
    "t29"."start_date",
    "t29"."end_date",
    "t29"."first_contact_date",
    "t29"."target_group",
    "t29"."first_absence_date",
    "t29"."sickness_category",
    "t29"."employed",
    "t29"."handover_date",
    "t29"."expected_absence_weeks",
    "t29"."work_obligation",
    "t29"."municipality",
    "t29"."periods",
    "t29"."window_start",
    "t29"."category_exempt",
    "t29"."_weeks",
    "t29"."due0",
    "t29"."exemption_start",
    "t29"."exemption_end",
    "t29"."exemption_reason",
    "t29"."due_date",
    "t29"."exemption_applies",
    "t29"."person_id_right",
    "t29"."benefit_right",
    "t29"."start_date_right",
    "t29"."fulfilled_date",
    "t29"."held_text",
    (
      "t29"."_weeks" IS NOT NULL
    )
    AND (
      CASE
        WHEN "t29"."category_exempt"
        THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
        WHEN COALESCE(
          COALESCE("t29"."employed", FALSE)
          AND (
            CASE
              WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
              THEN 26
              WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t29"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t29"."expected_absence_weeks" < CASE
              WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
              THEN 26
              WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END
          ),
          FALSE
        )
        THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
        ELSE ''
      END = ''
    )
    AND NOT (
      (
        "t29"."end_date" IS NOT NULL
      )
      AND (
        "t29"."end_date" < "t29"."due_date"
      )
      AND (
        "t29"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    "t29"."exemption_applies"
    AND (
      CAST($as_of AS DATE) <= "t29"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t29"."exemption_applies"
        THEN 'fritaget ' || CAST("t29"."exemption_start" AS TEXT) || '–' || CAST("t29"."exemption_end" AS TEXT) || ' (' || "t29"."exemption_reason" || '), fristen forlænget'
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t29"."_weeks" IS NULL
        THEN 'reglen var ikke i kraft på første fraværsdag'
        WHEN CASE
          WHEN "t29"."category_exempt"
          THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t29"."employed", FALSE)
            AND (
              CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" < CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END <> ''
        THEN CASE
          WHEN "t29"."category_exempt"
          THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t29"."employed", FALSE)
            AND (
              CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" < CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END
        WHEN "t29"."fulfilled_date" IS NOT NULL
        THEN "t29"."held_text"
        WHEN (
          "t29"."end_date" IS NOT NULL
        )
        AND (
          "t29"."end_date" < "t29"."due_date"
        )
        AND (
          "t29"."fulfilled_date" IS NULL
        )
        THEN 'sygedagpengeforløbet sluttede ' || CAST("t29"."end_date" AS TEXT) || ' før fristen'
        ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
      END
      WHEN CASE
        WHEN "t29"."_weeks" IS NULL
        THEN 'reglen var ikke i kraft på første fraværsdag'
        WHEN CASE
          WHEN "t29"."category_exempt"
          THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t29"."employed", FALSE)
            AND (
              CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" < CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END <> ''
        THEN CASE
          WHEN "t29"."category_exempt"
          THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t29"."employed", FALSE)
            AND (
              CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" < CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END
        WHEN "t29"."fulfilled_date" IS NOT NULL
        THEN "t29"."held_text"
        WHEN (
          "t29"."end_date" IS NOT NULL
        )
        AND (
          "t29"."end_date" < "t29"."due_date"
        )
        AND (
          "t29"."fulfilled_date" IS NULL
        )
        THEN 'sygedagpengeforløbet sluttede ' || CAST("t29"."end_date" AS TEXT) || ' før fristen'
        ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
      END = ''
      THEN CASE
        WHEN "t29"."exemption_applies"
        THEN 'fritaget ' || CAST("t29"."exemption_start" AS TEXT) || '–' || CAST("t29"."exemption_end" AS TEXT) || ' (' || "t29"."exemption_reason" || '), fristen forlænget'
        ELSE ''
      END
      ELSE CASE
        WHEN "t29"."_weeks" IS NULL
        THEN 'reglen var ikke i kraft på første fraværsdag'
        WHEN CASE
          WHEN "t29"."category_exempt"
          THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t29"."employed", FALSE)
            AND (
              CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" < CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END <> ''
        THEN CASE
          WHEN "t29"."category_exempt"
          THEN 'visitationskategori ' || "t29"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t29"."employed", FALSE)
            AND (
              CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t29"."expected_absence_weeks" < CASE
                WHEN "t29"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t29"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t29"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END
        WHEN "t29"."fulfilled_date" IS NOT NULL
        THEN "t29"."held_text"
        WHEN (
          "t29"."end_date" IS NOT NULL
        )
        AND (
          "t29"."end_date" < "t29"."due_date"
        )
        AND (
          "t29"."fulfilled_date" IS NULL
        )
        THEN 'sygedagpengeforløbet sluttede ' || CAST("t29"."end_date" AS TEXT) || ' før fristen'
        ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
      END || '; ' || CASE
        WHEN "t29"."exemption_applies"
        THEN 'fritaget ' || CAST("t29"."exemption_start" AS TEXT) || '–' || CAST("t29"."exemption_end" AS TEXT) || ' (' || "t29"."exemption_reason" || '), fristen forlænget'
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t25"."person_id",
      "t25"."benefit",
      "t25"."start_date",
      "t25"."end_date",
      "t25"."first_contact_date",
      "t25"."target_group",
      "t25"."first_absence_date",
      "t25"."sickness_category",
      "t25"."employed",
      "t25"."handover_date",
      "t25"."expected_absence_weeks",
      "t25"."work_obligation",
      "t25"."municipality",
      "t25"."periods",
      "t25"."window_start",
      "t25"."category_exempt",
      "t25"."_weeks",
      "t25"."due0",
      "t25"."exemption_start",
      "t25"."exemption_end",
      "t25"."exemption_reason",
      "t25"."due_date",
      "t25"."exemption_applies",
      "t28"."person_id" AS "person_id_right",
      "t28"."benefit" AS "benefit_right",
      "t28"."start_date" AS "start_date_right",
      "t28"."fulfilled_date",
      "t28"."held_text"
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
        "t20"."category_exempt",
        "t20"."_weeks",
        "t20"."due0",
        "t20"."exemption_start",
        "t20"."exemption_end",
        "t20"."exemption_reason",
        CASE
          WHEN (
            "t20"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t20"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t20"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t20"."exemption_start", "t20"."window_start"), "t20"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t20"."due0"
        END AS "due_date",
        (
          "t20"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t20"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
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
            "t14"."category_exempt",
            "t14"."_weeks",
            "t14"."due0",
            "t18"."person_id" AS "person_id_right",
            "t18"."benefit" AS "benefit_right",
            "t18"."start_date" AS "start_date_right",
            "t18"."exemption_start",
            "t18"."exemption_end",
            "t18"."exemption_reason"
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
              COALESCE("t11"."first_absence_date", "t11"."start_date") AS "window_start",
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2025, 1, 1)
                    THEN ['1']
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                    THEN ['1']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t11"."sickness_category"
                ),
                FALSE
              ) AS "category_exempt",
              CASE
                WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS "_weeks",
              CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_DAYS(
                (
                  COALESCE(
                    CASE
                      WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                      THEN 8
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) * 7
                ) - 1
              ) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t10" AS "t11"
            WHERE
              "t11"."benefit" IN ('sygedagpenge')
          ) AS "t14"
          LEFT OUTER JOIN (
            SELECT
              "t16"."person_id",
              "t16"."benefit",
              "t16"."start_date",
              FIRST("t16"."_from" ORDER BY "t16"."_to" DESC) AS "exemption_start",
              MAX("t16"."_to") AS "exemption_end",
              FIRST("t16"."_reason" ORDER BY "t16"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t15"."person_id",
                "t15"."benefit",
                "t15"."start_date",
                "t15"."_day",
                "t6"."_pid",
                "t6"."_from",
                "t6"."_to",
                "t6"."_reason"
              FROM (
                SELECT
                  "t11"."person_id",
                  "t11"."benefit",
                  "t11"."start_date",
                  CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_DAYS(
                    (
                      COALESCE(
                        CASE
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      ) * 7
                    ) - 1
                  ) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t10" AS "t11"
                WHERE
                  "t11"."benefit" IN ('sygedagpenge')
              ) AS "t15"
              INNER JOIN (
                SELECT
                  "t2"."person_id" AS "_pid",
                  "t2"."start_date" AS "_from",
                  "t2"."end_date" AS "_to",
                  "t2"."reason" AS "_reason"
                FROM "exemptions" AS "t2"
                WHERE
                  "t2"."start_date" <= CAST($as_of AS DATE)
              ) AS "t6"
                ON "t15"."person_id" = "t6"."_pid"
                AND "t6"."_from" <= "t15"."_day"
                AND "t6"."_to" >= "t15"."_day"
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
    ) AS "t25"
    LEFT OUTER JOIN (
      SELECT
        "t26"."person_id",
        "t26"."benefit",
        "t26"."start_date",
        MIN("t26"."date") AS "fulfilled_date",
        FIRST(
          "t26"."description" ORDER BY CAST("t26"."date" AS TEXT) || '|' || "t26"."description"
        ) AS "held_text"
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
            "t22"."_ws",
            "t22"."_last",
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
              "t20"."person_id",
              "t20"."benefit",
              "t20"."start_date",
              "t20"."window_start" AS "_ws",
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
                  "t14"."category_exempt",
                  "t14"."_weeks",
                  "t14"."due0",
                  "t18"."person_id" AS "person_id_right",
                  "t18"."benefit" AS "benefit_right",
                  "t18"."start_date" AS "start_date_right",
                  "t18"."exemption_start",
                  "t18"."exemption_end",
                  "t18"."exemption_reason"
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
                    COALESCE("t11"."first_absence_date", "t11"."start_date") AS "window_start",
                    COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2025, 1, 1)
                          THEN ['1']
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                          THEN ['1']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t11"."sickness_category"
                      ),
                      FALSE
                    ) AS "category_exempt",
                    CASE
                      WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                      THEN 8
                      ELSE CAST(NULL AS BIGINT)
                    END AS "_weeks",
                    CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE) AS "due0"
                  FROM "t10" AS "t11"
                  WHERE
                    "t11"."benefit" IN ('sygedagpenge')
                ) AS "t14"
                LEFT OUTER JOIN (
                  SELECT
                    "t16"."person_id",
                    "t16"."benefit",
                    "t16"."start_date",
                    FIRST("t16"."_from" ORDER BY "t16"."_to" DESC) AS "exemption_start",
                    MAX("t16"."_to") AS "exemption_end",
                    FIRST("t16"."_reason" ORDER BY "t16"."_to" DESC) AS "exemption_reason"
                  FROM (
                    SELECT
                      "t15"."person_id",
                      "t15"."benefit",
                      "t15"."start_date",
                      "t15"."_day",
                      "t6"."_pid",
                      "t6"."_from",
                      "t6"."_to",
                      "t6"."_reason"
                    FROM (
                      SELECT
                        "t11"."person_id",
                        "t11"."benefit",
                        "t11"."start_date",
                        CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE) AS "_day"
                      FROM "t10" AS "t11"
                      WHERE
                        "t11"."benefit" IN ('sygedagpenge')
                    ) AS "t15"
                    INNER JOIN (
                      SELECT
                        "t2"."person_id" AS "_pid",
                        "t2"."start_date" AS "_from",
                        "t2"."end_date" AS "_to",
                        "t2"."reason" AS "_reason"
                      FROM "exemptions" AS "t2"
                      WHERE
                        "t2"."start_date" <= CAST($as_of AS DATE)
                    ) AS "t6"
                      ON "t15"."person_id" = "t6"."_pid"
                      AND "t6"."_from" <= "t15"."_day"
                      AND "t6"."_to" >= "t15"."_day"
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
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND COALESCE("t0"."individual", TRUE)
              AND "t0"."date" <= CAST($as_of AS DATE)
              AND "t0"."kind" IN ('opfoelgningssamtale')
          ) AS "t5"
            ON "t22"."person_id" = "t5"."person_id"
            AND "t5"."date" >= "t22"."_ws"
            AND "t5"."date" <= "t22"."_last"
        ) AS "t23"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t23"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['opfoelgningssamtale']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t23"."kind"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t23"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['jobcenter', 'anden_aktoer']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t23"."held_by"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t23"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['personligt']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t23"."form"
            ),
            FALSE
          )
      ) AS "t26"
      GROUP BY
        1,
        2,
        3
    ) AS "t28"
      ON "t25"."person_id" = "t28"."person_id"
      AND "t25"."benefit" = "t28"."benefit"
      AND "t25"."start_date" = "t28"."start_date"
  ) AS "t29"
) AS "t30"
