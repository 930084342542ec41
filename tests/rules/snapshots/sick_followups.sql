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
), "t22" AS (
  SELECT
    "t16"."person_id",
    "t16"."benefit",
    "t16"."start_date",
    "t16"."date",
    "t16"."kind" || ' ' || CAST("t16"."date" AS TEXT) || ' (' || "t16"."form" || ', ' || "t16"."held_by" || ')' AS "description"
  FROM (
    SELECT
      "t13"."person_id",
      "t13"."benefit",
      "t13"."start_date",
      "t13"."_ws",
      "t13"."_last",
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
        "t11"."person_id",
        "t11"."benefit",
        "t11"."start_date",
        COALESCE("t11"."first_absence_date", "t11"."start_date") AS "_ws",
        COALESCE(
          CASE
            WHEN "t11"."_end" = MAKE_DATE(9999, 12, 31)
            THEN CAST(NULL AS DATE)
            ELSE "t11"."_end"
          END,
          CAST($as_of AS DATE)
        ) AS "_last"
      FROM "t10" AS "t11"
      WHERE
        "t11"."benefit" IN ('sygedagpenge')
    ) AS "t13"
    INNER JOIN (
      SELECT
        *
      FROM "conversations" AS "t2"
      WHERE
        "t2"."status" = 'afholdt'
        AND COALESCE("t2"."individual", TRUE)
        AND "t2"."date" <= CAST($as_of AS DATE)
        AND "t2"."kind" IN ('opfoelgningssamtale')
    ) AS "t6"
      ON "t13"."person_id" = "t6"."person_id"
      AND "t6"."date" >= "t13"."_ws"
      AND "t6"."date" <= "t13"."_last"
  ) AS "t16"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t16"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t16"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t16"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t16"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t16"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t16"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t16"."form"
      ),
      FALSE
    )
), "t35" AS (
  SELECT
    "t32"."person_id",
    "t32"."benefit",
    "t32"."start_date",
    "t32"."date",
    "t32"."description",
    "t32"."next_date",
    "t32"."next_text",
    "t32"."_weeks",
    "t15"."end_date",
    "t15"."category_exempt",
    "t15"."sickness_category",
    "t15"."employed",
    "t15"."expected_absence_weeks"
  FROM (
    SELECT
      "t30"."person_id",
      "t30"."benefit",
      "t30"."start_date",
      "t30"."date",
      "t30"."description",
      "t30"."next_date",
      "t30"."next_text",
      CASE
        WHEN "t30"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t30"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t27"."person_id",
        "t27"."benefit",
        "t27"."start_date",
        "t27"."date",
        "t27"."description",
        LEAD("t27"."date") OVER (
          PARTITION BY "t27"."person_id", "t27"."benefit", "t27"."start_date"
          ORDER BY "t27"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t27"."description") OVER (
          PARTITION BY "t27"."person_id", "t27"."benefit", "t27"."start_date"
          ORDER BY "t27"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t23"."person_id",
          "t23"."benefit",
          "t23"."start_date",
          "t23"."date",
          FIRST("t23"."description" ORDER BY "t23"."date") AS "description"
        FROM "t22" AS "t23"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t27"
    ) AS "t30"
    WHERE
      CASE
        WHEN "t30"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t30"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t32"
  INNER JOIN (
    SELECT
      "t11"."person_id",
      "t11"."benefit",
      "t11"."start_date",
      CASE
        WHEN "t11"."_end" = MAKE_DATE(9999, 12, 31)
        THEN CAST(NULL AS DATE)
        ELSE "t11"."_end"
      END AS "end_date",
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
      "t11"."sickness_category",
      "t11"."employed",
      "t11"."expected_absence_weeks"
    FROM "t10" AS "t11"
    WHERE
      "t11"."benefit" IN ('sygedagpenge')
  ) AS "t15"
    ON "t32"."person_id" = "t15"."person_id"
    AND "t32"."benefit" = "t15"."benefit"
    AND "t32"."start_date" = "t15"."start_date"
)
SELECT
  "t57"."person_id",
  "t57"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t57"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t57"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t57"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
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
    *
  FROM (
    SELECT
      "t51"."person_id",
      "t51"."benefit",
      "t51"."window_start",
      "t51"."due_date",
      "t51"."fulfilled_date",
      CASE
        WHEN CASE
          WHEN "t51"."exemption_applies"
          THEN 'fritaget ' || CAST("t51"."exemption_start" AS TEXT) || '–' || CAST("t51"."exemption_end" AS TEXT) || ' (' || "t51"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END = ''
        THEN CASE
          WHEN CASE
            WHEN "t51"."category_exempt"
            THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
            WHEN COALESCE(
              COALESCE("t51"."employed", FALSE)
              AND (
                CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" < CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t51"."category_exempt"
            THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
            WHEN COALESCE(
              COALESCE("t51"."employed", FALSE)
              AND (
                CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" < CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN COALESCE(
            COALESCE("t51"."employed", FALSE)
            AND (
              CASE
                WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                THEN 13
                WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t51"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t51"."first_held" IS NOT NULL
            )
            AND (
              CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t51"."first_held" + TO_DAYS(
                (
                  COALESCE(
                    CASE
                      WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                      THEN 13
                      WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                      THEN CAST(NULL AS BIGINT)
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) * 7
                ) - 1
              ) AS TIMESTAMP) AS DATE)
            ),
            FALSE
          )
          THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t51"."first_held" AS TEXT)
          WHEN (
            "t51"."end_date" IS NOT NULL
          )
          AND (
            "t51"."end_date" < "t51"."due_date"
          )
          AND (
            "t51"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t51"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t51"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t51"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE WHEN "t51"."held_dates" IS NOT NULL THEN ': ' || "t51"."held_dates" ELSE '' END
          ELSE CAST(COALESCE("t51"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t51"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE WHEN "t51"."held_dates" IS NOT NULL THEN ': ' || "t51"."held_dates" ELSE '' END
        END
        WHEN CASE
          WHEN CASE
            WHEN "t51"."category_exempt"
            THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
            WHEN COALESCE(
              COALESCE("t51"."employed", FALSE)
              AND (
                CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" < CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t51"."category_exempt"
            THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
            WHEN COALESCE(
              COALESCE("t51"."employed", FALSE)
              AND (
                CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" < CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN COALESCE(
            COALESCE("t51"."employed", FALSE)
            AND (
              CASE
                WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                THEN 13
                WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t51"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t51"."first_held" IS NOT NULL
            )
            AND (
              CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t51"."first_held" + TO_DAYS(
                (
                  COALESCE(
                    CASE
                      WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                      THEN 13
                      WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                      THEN CAST(NULL AS BIGINT)
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) * 7
                ) - 1
              ) AS TIMESTAMP) AS DATE)
            ),
            FALSE
          )
          THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t51"."first_held" AS TEXT)
          WHEN (
            "t51"."end_date" IS NOT NULL
          )
          AND (
            "t51"."end_date" < "t51"."due_date"
          )
          AND (
            "t51"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t51"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t51"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t51"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE WHEN "t51"."held_dates" IS NOT NULL THEN ': ' || "t51"."held_dates" ELSE '' END
          ELSE CAST(COALESCE("t51"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t51"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE WHEN "t51"."held_dates" IS NOT NULL THEN ': ' || "t51"."held_dates" ELSE '' END
        END = ''
        THEN CASE
          WHEN "t51"."exemption_applies"
          THEN 'fritaget ' || CAST("t51"."exemption_start" AS TEXT) || '–' || CAST("t51"."exemption_end" AS TEXT) || ' (' || "t51"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
        ELSE CASE
          WHEN CASE
            WHEN "t51"."category_exempt"
            THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
            WHEN COALESCE(
              COALESCE("t51"."employed", FALSE)
              AND (
                CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" < CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t51"."category_exempt"
            THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
            WHEN COALESCE(
              COALESCE("t51"."employed", FALSE)
              AND (
                CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t51"."expected_absence_weeks" < CASE
                  WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
            ELSE ''
          END
          WHEN COALESCE(
            COALESCE("t51"."employed", FALSE)
            AND (
              CASE
                WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                THEN 13
                WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t51"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t51"."first_held" IS NOT NULL
            )
            AND (
              CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t51"."first_held" + TO_DAYS(
                (
                  COALESCE(
                    CASE
                      WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                      THEN 13
                      WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                      THEN CAST(NULL AS BIGINT)
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) * 7
                ) - 1
              ) AS TIMESTAMP) AS DATE)
            ),
            FALSE
          )
          THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || ', senest ved udgangen af uge 13 efter første opfølgning ' || CAST("t51"."first_held" AS TEXT)
          WHEN (
            "t51"."end_date" IS NOT NULL
          )
          AND (
            "t51"."end_date" < "t51"."due_date"
          )
          AND (
            "t51"."fulfilled_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t51"."end_date" AS TEXT) || ' før fristen; ' || CAST(COALESCE("t51"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t51"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE WHEN "t51"."held_dates" IS NOT NULL THEN ': ' || "t51"."held_dates" ELSE '' END
          ELSE CAST(COALESCE("t51"."n_by_due", 0) AS TEXT) || ' af ' || CAST("t51"."_need" AS TEXT) || ' opfølgningssamtaler inden fristen' || CASE WHEN "t51"."held_dates" IS NOT NULL THEN ': ' || "t51"."held_dates" ELSE '' END
        END || '; ' || CASE
          WHEN "t51"."exemption_applies"
          THEN 'fritaget ' || CAST("t51"."exemption_start" AS TEXT) || '–' || CAST("t51"."exemption_end" AS TEXT) || ' (' || "t51"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
      END AS "evidence",
      (
        CASE
          WHEN "t51"."category_exempt"
          THEN 'visitationskategori ' || "t51"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN COALESCE(
            COALESCE("t51"."employed", FALSE)
            AND (
              CASE
                WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t51"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t51"."expected_absence_weeks" < CASE
                WHEN "t51"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN 'sygemeldt fra job med forventet fravær på ' || CAST("t51"."expected_absence_weeks" AS TEXT) || ' uger: ikke i kommunens opfølgning'
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t51"."employed", FALSE)
          AND (
            CASE
              WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t51"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t51"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t51"."window_start" + TO_DAYS(COALESCE("t51"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t51"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t51"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t51"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) * 7
              ) - 1
            ) AS TIMESTAMP) AS DATE)
          ),
          FALSE
        )
      )
      AND NOT (
        (
          "t51"."end_date" IS NOT NULL
        )
        AND (
          "t51"."end_date" < "t51"."due_date"
        )
        AND (
          "t51"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t51"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t51"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t50".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
      FROM (
        SELECT
          "t36"."person_id",
          "t36"."benefit",
          "t36"."start_date",
          "t36"."end_date",
          "t36"."first_contact_date",
          "t36"."target_group",
          "t36"."first_absence_date",
          "t36"."sickness_category",
          "t36"."employed",
          "t36"."handover_date",
          "t36"."expected_absence_weeks",
          "t36"."work_obligation",
          "t36"."municipality",
          "t36"."periods",
          "t36"."window_start",
          "t36"."category_exempt",
          "t36"."_need",
          "t36"."due0",
          "t36"."exemption_start",
          "t36"."exemption_end",
          "t36"."exemption_reason",
          "t36"."due_date",
          "t36"."exemption_applies",
          "t47"."person_id" AS "person_id_right",
          "t47"."benefit" AS "benefit_right",
          "t47"."start_date" AS "start_date_right",
          "t47"."fulfilled_date",
          "t47"."first_held",
          "t47"."n_by_due",
          "t47"."held_dates"
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
            "t29"."_need",
            "t29"."due0",
            "t29"."exemption_start",
            "t29"."exemption_end",
            "t29"."exemption_reason",
            CASE
              WHEN (
                "t29"."exemption_end" IS NOT NULL
              )
              AND COALESCE(
                CASE
                  WHEN "t29"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN CAST(CAST("t29"."exemption_end" + TO_DAYS(
                DATE_DIFF('DAY', GREATEST("t29"."exemption_start", "t29"."window_start"), "t29"."due0") + 1
              ) AS TIMESTAMP) AS DATE)
              ELSE "t29"."due0"
            END AS "due_date",
            (
              "t29"."exemption_end" IS NOT NULL
            )
            AND COALESCE(
              CASE
                WHEN "t29"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN TRUE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            ) AS "exemption_applies"
          FROM (
            SELECT
              "t28".*
              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
            FROM (
              SELECT
                "t19"."person_id",
                "t19"."benefit",
                "t19"."start_date",
                "t19"."end_date",
                "t19"."first_contact_date",
                "t19"."target_group",
                "t19"."first_absence_date",
                "t19"."sickness_category",
                "t19"."employed",
                "t19"."handover_date",
                "t19"."expected_absence_weeks",
                "t19"."work_obligation",
                "t19"."municipality",
                "t19"."periods",
                "t19"."window_start",
                "t19"."category_exempt",
                "t19"."_need",
                "t19"."due0",
                "t26"."person_id" AS "person_id_right",
                "t26"."benefit" AS "benefit_right",
                "t26"."start_date" AS "start_date_right",
                "t26"."exemption_start",
                "t26"."exemption_end",
                "t26"."exemption_reason"
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
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END AS "_need",
                  CAST(CAST(CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM "t10" AS "t11"
                WHERE
                  "t11"."benefit" IN ('sygedagpenge')
                  AND CASE
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
              ) AS "t19"
              LEFT OUTER JOIN (
                SELECT
                  "t21"."person_id",
                  "t21"."benefit",
                  "t21"."start_date",
                  FIRST("t21"."_from" ORDER BY "t21"."_to" DESC) AS "exemption_start",
                  MAX("t21"."_to") AS "exemption_end",
                  FIRST("t21"."_reason" ORDER BY "t21"."_to" DESC) AS "exemption_reason"
                FROM (
                  SELECT
                    "t20"."person_id",
                    "t20"."benefit",
                    "t20"."start_date",
                    "t20"."_day",
                    "t5"."_pid",
                    "t5"."_from",
                    "t5"."_to",
                    "t5"."_reason"
                  FROM (
                    SELECT
                      "t11"."person_id",
                      "t11"."benefit",
                      "t11"."start_date",
                      CAST(CAST(CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                    FROM "t10" AS "t11"
                    WHERE
                      "t11"."benefit" IN ('sygedagpenge')
                      AND CASE
                        WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2026, 7, 1)
                        THEN 1
                        WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                  ) AS "t20"
                  INNER JOIN (
                    SELECT
                      "t0"."person_id" AS "_pid",
                      "t0"."start_date" AS "_from",
                      "t0"."end_date" AS "_to",
                      "t0"."reason" AS "_reason"
                    FROM "exemptions" AS "t0"
                    WHERE
                      "t0"."start_date" <= CAST($as_of AS DATE)
                  ) AS "t5"
                    ON "t20"."person_id" = "t5"."_pid"
                    AND "t5"."_from" <= "t20"."_day"
                    AND "t5"."_to" >= "t20"."_day"
                ) AS "t21"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t26"
                ON "t19"."person_id" = "t26"."person_id"
                AND "t19"."benefit" = "t26"."benefit"
                AND "t19"."start_date" = "t26"."start_date"
            ) AS "t28"
          ) AS "t29"
        ) AS "t36"
        LEFT OUTER JOIN (
          SELECT
            "t44"."person_id",
            "t44"."benefit",
            "t44"."start_date",
            MIN("t44"."date") FILTER(WHERE
              "t44"."_n" = "t44"."_need") AS "fulfilled_date",
            MIN("t44"."date") AS "first_held",
            COUNT(*) FILTER(WHERE
              "t44"."date" <= "t44"."due_date") AS "n_by_due",
            LISTAGG(CAST("t44"."date" AS TEXT), ', ' ORDER BY "t44"."date" ASC) AS "held_dates"
          FROM (
            SELECT
              "t39"."person_id",
              "t39"."benefit",
              "t39"."start_date",
              "t39"."date",
              "t39"."description",
              "t39"."_need",
              "t39"."due_date",
              (
                ROW_NUMBER() OVER (
                  PARTITION BY "t39"."person_id", "t39"."benefit", "t39"."start_date"
                  ORDER BY "t39"."date" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) - 1
              ) + 1 AS "_n"
            FROM (
              SELECT
                "t25"."person_id",
                "t25"."benefit",
                "t25"."start_date",
                "t25"."date",
                "t25"."description",
                "t37"."_need",
                "t37"."due_date"
              FROM "t22" AS "t25"
              INNER JOIN (
                SELECT
                  "t29"."person_id",
                  "t29"."benefit",
                  "t29"."start_date",
                  "t29"."_need",
                  CASE
                    WHEN (
                      "t29"."exemption_end" IS NOT NULL
                    )
                    AND COALESCE(
                      CASE
                        WHEN "t29"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN TRUE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
                    THEN CAST(CAST("t29"."exemption_end" + TO_DAYS(
                      DATE_DIFF('DAY', GREATEST("t29"."exemption_start", "t29"."window_start"), "t29"."due0") + 1
                    ) AS TIMESTAMP) AS DATE)
                    ELSE "t29"."due0"
                  END AS "due_date"
                FROM (
                  SELECT
                    "t28".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t19"."person_id",
                      "t19"."benefit",
                      "t19"."start_date",
                      "t19"."end_date",
                      "t19"."first_contact_date",
                      "t19"."target_group",
                      "t19"."first_absence_date",
                      "t19"."sickness_category",
                      "t19"."employed",
                      "t19"."handover_date",
                      "t19"."expected_absence_weeks",
                      "t19"."work_obligation",
                      "t19"."municipality",
                      "t19"."periods",
                      "t19"."window_start",
                      "t19"."category_exempt",
                      "t19"."_need",
                      "t19"."due0",
                      "t26"."person_id" AS "person_id_right",
                      "t26"."benefit" AS "benefit_right",
                      "t26"."start_date" AS "start_date_right",
                      "t26"."exemption_start",
                      "t26"."exemption_end",
                      "t26"."exemption_reason"
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
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END AS "_need",
                        CAST(CAST(CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM "t10" AS "t11"
                      WHERE
                        "t11"."benefit" IN ('sygedagpenge')
                        AND CASE
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                    ) AS "t19"
                    LEFT OUTER JOIN (
                      SELECT
                        "t21"."person_id",
                        "t21"."benefit",
                        "t21"."start_date",
                        FIRST("t21"."_from" ORDER BY "t21"."_to" DESC) AS "exemption_start",
                        MAX("t21"."_to") AS "exemption_end",
                        FIRST("t21"."_reason" ORDER BY "t21"."_to" DESC) AS "exemption_reason"
                      FROM (
                        SELECT
                          "t20"."person_id",
                          "t20"."benefit",
                          "t20"."start_date",
                          "t20"."_day",
                          "t5"."_pid",
                          "t5"."_from",
                          "t5"."_to",
                          "t5"."_reason"
                        FROM (
                          SELECT
                            "t11"."person_id",
                            "t11"."benefit",
                            "t11"."start_date",
                            CAST(CAST(CAST(CAST(COALESCE("t11"."first_absence_date", "t11"."start_date") + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                          FROM "t10" AS "t11"
                          WHERE
                            "t11"."benefit" IN ('sygedagpenge')
                            AND CASE
                              WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2026, 7, 1)
                              THEN 1
                              WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              WHEN COALESCE("t11"."first_absence_date", "t11"."start_date") >= MAKE_DATE(2015, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                        ) AS "t20"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_from",
                            "t0"."end_date" AS "_to",
                            "t0"."reason" AS "_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t5"
                          ON "t20"."person_id" = "t5"."_pid"
                          AND "t5"."_from" <= "t20"."_day"
                          AND "t5"."_to" >= "t20"."_day"
                      ) AS "t21"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t26"
                      ON "t19"."person_id" = "t26"."person_id"
                      AND "t19"."benefit" = "t26"."benefit"
                      AND "t19"."start_date" = "t26"."start_date"
                  ) AS "t28"
                ) AS "t29"
              ) AS "t37"
                ON "t25"."person_id" = "t37"."person_id"
                AND "t25"."benefit" = "t37"."benefit"
                AND "t25"."start_date" = "t37"."start_date"
            ) AS "t39"
          ) AS "t44"
          GROUP BY
            1,
            2,
            3
        ) AS "t47"
          ON "t36"."person_id" = "t47"."person_id"
          AND "t36"."benefit" = "t47"."benefit"
          AND "t36"."start_date" = "t47"."start_date"
      ) AS "t50"
    ) AS "t51"
  ) AS "t55"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t54"."person_id",
      "t54"."benefit",
      "t54"."window_start",
      "t54"."due_date",
      "t54"."next_date" AS "fulfilled_date",
      CASE
        WHEN CASE
          WHEN "t54"."exemption_applies"
          THEN 'fritaget ' || CAST("t54"."exemption_start" AS TEXT) || '–' || CAST("t54"."exemption_end" AS TEXT) || ' (' || "t54"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END = ''
        THEN CASE
          WHEN "t54"."category_exempt"
          THEN 'visitationskategori ' || "t54"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN "t54"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t54"."description" || '; næste: ' || "t54"."next_text"
          WHEN (
            "t54"."end_date" IS NOT NULL
          )
          AND (
            "t54"."end_date" < "t54"."due_date"
          )
          AND (
            "t54"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t54"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t54"."description" || '; ingen senere opfølgningssamtale'
        END
        WHEN CASE
          WHEN "t54"."category_exempt"
          THEN 'visitationskategori ' || "t54"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN "t54"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t54"."description" || '; næste: ' || "t54"."next_text"
          WHEN (
            "t54"."end_date" IS NOT NULL
          )
          AND (
            "t54"."end_date" < "t54"."due_date"
          )
          AND (
            "t54"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t54"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t54"."description" || '; ingen senere opfølgningssamtale'
        END = ''
        THEN CASE
          WHEN "t54"."exemption_applies"
          THEN 'fritaget ' || CAST("t54"."exemption_start" AS TEXT) || '–' || CAST("t54"."exemption_end" AS TEXT) || ' (' || "t54"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
        ELSE CASE
          WHEN "t54"."category_exempt"
          THEN 'visitationskategori ' || "t54"."sickness_category" || ': intet fast opfølgningsforløb'
          WHEN "t54"."next_date" IS NOT NULL
          THEN 'forrige: ' || "t54"."description" || '; næste: ' || "t54"."next_text"
          WHEN (
            "t54"."end_date" IS NOT NULL
          )
          AND (
            "t54"."end_date" < "t54"."due_date"
          )
          AND (
            "t54"."next_date" IS NULL
          )
          THEN 'sygedagpengeforløbet sluttede ' || CAST("t54"."end_date" AS TEXT) || ' før fristen'
          ELSE 'forrige: ' || "t54"."description" || '; ingen senere opfølgningssamtale'
        END || '; ' || CASE
          WHEN "t54"."exemption_applies"
          THEN 'fritaget ' || CAST("t54"."exemption_start" AS TEXT) || '–' || CAST("t54"."exemption_end" AS TEXT) || ' (' || "t54"."exemption_reason" || '), fristen forlænget'
          ELSE ''
        END
      END AS "evidence",
      NOT (
        "t54"."category_exempt"
      )
      AND NOT (
        (
          "t54"."end_date" IS NOT NULL
        )
        AND (
          "t54"."end_date" < "t54"."due_date"
        )
        AND (
          "t54"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t54"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t54"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t53"."person_id",
        "t53"."benefit",
        "t53"."start_date",
        "t53"."date",
        "t53"."description",
        "t53"."next_date",
        "t53"."next_text",
        "t53"."_weeks",
        "t53"."end_date",
        "t53"."category_exempt",
        "t53"."sickness_category",
        "t53"."employed",
        "t53"."expected_absence_weeks",
        "t53"."window_start",
        "t53"."due0",
        "t53"."exemption_start",
        "t53"."exemption_end",
        "t53"."exemption_reason",
        CASE
          WHEN (
            "t53"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t53"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t53"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t53"."exemption_start", "t53"."window_start"), "t53"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t53"."due0"
        END AS "due_date",
        (
          "t53"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t53"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t52".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t42"."person_id",
            "t42"."benefit",
            "t42"."start_date",
            "t42"."date",
            "t42"."description",
            "t42"."next_date",
            "t42"."next_text",
            "t42"."_weeks",
            "t42"."end_date",
            "t42"."category_exempt",
            "t42"."sickness_category",
            "t42"."employed",
            "t42"."expected_absence_weeks",
            "t42"."window_start",
            "t42"."due0",
            "t49"."person_id" AS "person_id_right",
            "t49"."benefit" AS "benefit_right",
            "t49"."start_date" AS "start_date_right",
            "t49"."window_start" AS "window_start_right",
            "t49"."exemption_start",
            "t49"."exemption_end",
            "t49"."exemption_reason"
          FROM (
            SELECT
              "t38"."person_id",
              "t38"."benefit",
              "t38"."start_date",
              "t38"."date",
              "t38"."description",
              "t38"."next_date",
              "t38"."next_text",
              "t38"."_weeks",
              "t38"."end_date",
              "t38"."category_exempt",
              "t38"."sickness_category",
              "t38"."employed",
              "t38"."expected_absence_weeks",
              "t38"."date" AS "window_start",
              CAST(CAST("t38"."date" + TO_DAYS("t38"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t35" AS "t38"
          ) AS "t42"
          LEFT OUTER JOIN (
            SELECT
              "t45"."person_id",
              "t45"."benefit",
              "t45"."start_date",
              "t45"."window_start",
              FIRST("t45"."_from" ORDER BY "t45"."_to" DESC) AS "exemption_start",
              MAX("t45"."_to") AS "exemption_end",
              FIRST("t45"."_reason" ORDER BY "t45"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t43"."person_id",
                "t43"."benefit",
                "t43"."start_date",
                "t43"."window_start",
                "t43"."_day",
                "t5"."_pid",
                "t5"."_from",
                "t5"."_to",
                "t5"."_reason"
              FROM (
                SELECT
                  "t38"."person_id",
                  "t38"."benefit",
                  "t38"."start_date",
                  "t38"."date" AS "window_start",
                  CAST(CAST("t38"."date" + TO_DAYS("t38"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t35" AS "t38"
              ) AS "t43"
              INNER JOIN (
                SELECT
                  "t0"."person_id" AS "_pid",
                  "t0"."start_date" AS "_from",
                  "t0"."end_date" AS "_to",
                  "t0"."reason" AS "_reason"
                FROM "exemptions" AS "t0"
                WHERE
                  "t0"."start_date" <= CAST($as_of AS DATE)
              ) AS "t5"
                ON "t43"."person_id" = "t5"."_pid"
                AND "t5"."_from" <= "t43"."_day"
                AND "t5"."_to" >= "t43"."_day"
            ) AS "t45"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t49"
            ON "t42"."person_id" = "t49"."person_id"
            AND "t42"."benefit" = "t49"."benefit"
            AND "t42"."start_date" = "t49"."start_date"
            AND "t42"."window_start" = "t49"."window_start"
        ) AS "t52"
      ) AS "t53"
    ) AS "t54"
  ) AS "t56"
) AS "t57"
