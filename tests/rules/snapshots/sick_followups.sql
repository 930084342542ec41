WITH "t16" AS (
  SELECT
    "t15"."person_id",
    "t15"."benefit",
    "t15"."start_date",
    "t15"."date",
    CASE
      WHEN "t15"."kind" IS NULL
      OR CAST("t15"."date" AS TEXT) IS NULL
      OR "t15"."form" IS NULL
      OR "t15"."held_by" IS NULL
      THEN NULL
      ELSE CONCAT("t15"."kind", ' ', CAST("t15"."date" AS TEXT), ' (', "t15"."form", ', ', "t15"."held_by", ')')
    END AS "description"
  FROM (
    SELECT
      "t12"."person_id",
      "t12"."benefit",
      "t12"."start_date",
      "t12"."_ws",
      "t12"."_last",
      "t14"."person_id" AS "person_id_right",
      "t14"."date",
      "t14"."kind",
      "t14"."form",
      "t14"."held_by",
      "t14"."status",
      "t14"."individual",
      "t14"."caseworker_id",
      "t14"."purpose"
    FROM (
      SELECT
        "t1"."person_id",
        "t1"."benefit",
        "t1"."start_date",
        "t1"."window_start" AS "_ws",
        COALESCE("t1"."end_date", CAST($as_of AS DATE)) AS "_last"
      FROM "_tilsyn_sick_spells" AS "t1"
    ) AS "t12"
    INNER JOIN (
      SELECT
        *
      FROM "conversations" AS "t3"
      WHERE
        "t3"."status" = 'afholdt'
        AND COALESCE("t3"."individual", TRUE)
        AND "t3"."date" <= CAST($as_of AS DATE)
        AND "t3"."kind" IN ('opfoelgningssamtale')
    ) AS "t14"
      ON "t12"."person_id" = "t14"."person_id"
      AND "t14"."date" >= "t12"."_ws"
      AND "t14"."date" <= "t12"."_last"
  ) AS "t15"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t15"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t15"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t15"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t15"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t15"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t15"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t15"."form"
      ),
      FALSE
    )
), "t27" AS (
  SELECT
    "t24"."person_id",
    "t24"."benefit",
    "t24"."start_date",
    "t24"."date",
    "t24"."description",
    "t24"."next_date",
    "t24"."next_text",
    "t24"."_weeks",
    "t9"."end_date",
    "t9"."category_exempt",
    "t9"."sickness_category",
    "t9"."category_in_force",
    "t9"."category_note",
    "t9"."employed",
    "t9"."expected_absence_weeks"
  FROM (
    SELECT
      "t21"."person_id",
      "t21"."benefit",
      "t21"."start_date",
      "t21"."date",
      "t21"."description",
      "t21"."next_date",
      "t21"."next_text",
      CASE
        WHEN "t21"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t21"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t19"."person_id",
        "t19"."benefit",
        "t19"."start_date",
        "t19"."date",
        "t19"."description",
        LEAD("t19"."date") OVER (
          PARTITION BY "t19"."person_id", "t19"."benefit", "t19"."start_date"
          ORDER BY "t19"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t19"."description") OVER (
          PARTITION BY "t19"."person_id", "t19"."benefit", "t19"."start_date"
          ORDER BY "t19"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t17"."person_id",
          "t17"."benefit",
          "t17"."start_date",
          "t17"."date",
          MIN("t17"."description") AS "description"
        FROM "t16" AS "t17"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t19"
    ) AS "t21"
    WHERE
      CASE
        WHEN "t21"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t21"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t24"
  INNER JOIN (
    SELECT
      "t1"."person_id",
      "t1"."benefit",
      "t1"."start_date",
      "t1"."end_date",
      "t1"."category_exempt",
      "t1"."sickness_category",
      "t1"."category_in_force",
      "t1"."category_note",
      "t1"."employed",
      "t1"."expected_absence_weeks"
    FROM "_tilsyn_sick_spells" AS "t1"
  ) AS "t9"
    ON "t24"."person_id" = "t9"."person_id"
    AND "t24"."benefit" = "t9"."benefit"
    AND "t24"."start_date" = "t9"."start_date"
)
SELECT
  "t43"."person_id",
  "t43"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t43"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t43"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t43"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t43"."window_start",
  CASE
    WHEN COALESCE("t43"."is_applicable", FALSE)
    THEN "t43"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t43"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t43"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t43"."fulfilled_date" <= "t43"."due_date"
    )
    THEN 'met'
    WHEN "t43"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t43"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t43"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t43"."is_applicable", FALSE)
    THEN "t43"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t43"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t43"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t43"."fulfilled_date" > "t43"."due_date"
    )
    THEN DATE_DIFF('DAY', "t43"."due_date", "t43"."fulfilled_date")
    WHEN NOT (
      "t43"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t43"."is_exempt", FALSE)
    )
    AND (
      "t43"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t43"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t43"."is_applicable", FALSE)
              THEN "t43"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t43"."window_start"
          ) >= MAKE_DATE(2027, 1, 1)
          THEN [
            'dagpenge_akasse_first_interview',
            'dagpenge_akasse_interviews_3m',
            'dagpenge_interviews_6m',
            'dagpenge_plan_at_first_akasse_interview',
            'first_interview',
            'interviews_6m',
            'offer_6m',
            'plan_before_offer',
            'sick_first_followup',
            'sick_followups',
            'sick_reassessment'
          ]
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t43"."is_applicable", FALSE)
              THEN "t43"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t43"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_followups'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t43"."evidence", '') AS "evidence"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t30"."person_id",
      "t30"."benefit",
      "t30"."window_start",
      "t30"."due_date",
      "t30"."fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF("t30"."category_note", ''),
        NULLIF(
          CASE
            WHEN CASE
              WHEN "t30"."category_exempt"
              THEN CASE
                WHEN "t30"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t30"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t30"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t30"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t30"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t30"."expected_absence_weeks" < CASE
                    WHEN "t30"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t30"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t30"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t30"."category_exempt"
              THEN CASE
                WHEN "t30"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t30"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t30"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t30"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t30"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t30"."expected_absence_weeks" < CASE
                    WHEN "t30"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t30"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t30"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t30"."employed", FALSE)
              AND (
                CASE
                  WHEN "t30"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t30"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t30"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t30"."window_start" + TO_DAYS(COALESCE("t30"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t30"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t30"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
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
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t30"."window_start" + TO_DAYS(COALESCE("t30"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || CASE
              WHEN CAST("t30"."first_held" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(
                ', senest ved udgangen af uge 13 efter første opfølgning ',
                CAST("t30"."first_held" AS TEXT)
              )
            END
            WHEN (
              "t30"."end_date" IS NOT NULL
            )
            AND (
              "t30"."end_date" < "t30"."due_date"
            )
            AND (
              "t30"."fulfilled_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t30"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t30"."end_date" AS TEXT), ' før fristen; ')
            END || CAST(COALESCE("t30"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t30"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t30"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t30"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t30"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t30"."held_dates")
              END
              ELSE ''
            END
            ELSE CAST(COALESCE("t30"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t30"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t30"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t30"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t30"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t30"."held_dates")
              END
              ELSE ''
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t30"."exemption_applies"
            THEN CASE
              WHEN CAST("t30"."exemption_start" AS TEXT) IS NULL
              OR CAST("t30"."exemption_end" AS TEXT) IS NULL
              OR "t30"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t30"."exemption_start" AS TEXT),
                '–',
                CAST("t30"."exemption_end" AS TEXT),
                ' (',
                "t30"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      (
        CASE
          WHEN "t30"."category_exempt"
          THEN CASE
            WHEN "t30"."category_in_force" IS NULL
            THEN NULL
            ELSE CONCAT(
              'visitationskategori ',
              "t30"."category_in_force",
              ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            )
          END
          WHEN COALESCE(
            COALESCE("t30"."employed", FALSE)
            AND (
              CASE
                WHEN "t30"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t30"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t30"."expected_absence_weeks" < CASE
                WHEN "t30"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN CASE
            WHEN CAST("t30"."expected_absence_weeks" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(
              'sygemeldt fra job med forventet fravær på ',
              CAST("t30"."expected_absence_weeks" AS TEXT),
              ' uger: ikke i kommunens opfølgning'
            )
          END
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t30"."employed", FALSE)
          AND (
            CASE
              WHEN "t30"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t30"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t30"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t30"."window_start" + TO_DAYS(COALESCE("t30"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t30"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t30"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t30"."due_date" >= MAKE_DATE(2015, 1, 1)
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
          "t30"."end_date" IS NOT NULL
        )
        AND (
          "t30"."end_date" < "t30"."due_date"
        )
        AND (
          "t30"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t30"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t30"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t29".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
          "t4"."category_in_force",
          "t4"."category_exempt",
          "t4"."category_note",
          "t4"."_need",
          "t4"."due0",
          "t4"."exemption_start",
          "t4"."exemption_end",
          "t4"."exemption_reason",
          "t4"."due_date",
          "t4"."exemption_applies",
          "t26"."person_id" AS "person_id_right",
          "t26"."benefit" AS "benefit_right",
          "t26"."start_date" AS "start_date_right",
          "t26"."fulfilled_date",
          "t26"."first_held",
          "t26"."n_by_due",
          "t26"."held_dates"
        FROM "_tilsyn_sick_followups_count_due" AS "t4"
        LEFT OUTER JOIN (
          SELECT
            "t22"."person_id",
            "t22"."benefit",
            "t22"."start_date",
            CASE
              WHEN (
                "t22"."_need" >= 1
              ) AND (
                ARRAY_LENGTH("t22"."_dates") >= "t22"."_need"
              )
              THEN CAST(LIST_EXTRACT(
                "t22"."_dates",
                (
                  "t22"."_need" - 1
                ) + CAST((
                  "t22"."_need" - 1
                ) >= 0 AS BIGINT)
              ) AS DATE)
              ELSE CAST(NULL AS DATE)
            END AS "fulfilled_date",
            "t22"."first_held",
            "t22"."n_by_due",
            ARRAY_TO_STRING("t22"."_dates", ', ') AS "held_dates"
          FROM (
            SELECT
              "t20"."person_id",
              "t20"."benefit",
              "t20"."start_date",
              LIST_SORT(
                ARRAY_AGG(CAST("t20"."date" AS TEXT)) FILTER(WHERE
                  CAST("t20"."date" AS TEXT) IS NOT NULL)
              ) AS "_dates",
              CAST(MAX("t20"."_need") AS INT) AS "_need",
              MIN("t20"."date") AS "first_held",
              COUNT(*) FILTER(WHERE
                "t20"."date" <= "t20"."due_date") AS "n_by_due"
            FROM (
              SELECT
                "t18"."person_id",
                "t18"."benefit",
                "t18"."start_date",
                "t18"."date",
                "t18"."description",
                "t7"."_need",
                "t7"."due_date"
              FROM "t16" AS "t18"
              INNER JOIN (
                SELECT
                  "t0"."person_id",
                  "t0"."benefit",
                  "t0"."start_date",
                  "t0"."_need",
                  "t0"."due_date"
                FROM "_tilsyn_sick_followups_count_due" AS "t0"
              ) AS "t7"
                ON "t18"."person_id" = "t7"."person_id"
                AND "t18"."benefit" = "t7"."benefit"
                AND "t18"."start_date" = "t7"."start_date"
            ) AS "t20"
            GROUP BY
              1,
              2,
              3
          ) AS "t22"
        ) AS "t26"
          ON "t4"."person_id" = "t26"."person_id"
          AND "t4"."benefit" = "t26"."benefit"
          AND "t4"."start_date" = "t26"."start_date"
      ) AS "t29"
    ) AS "t30"
  ) AS "t39"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t41"."person_id",
      "t41"."benefit",
      "t41"."window_start",
      "t41"."due_date",
      "t41"."next_date" AS "fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF(
          CASE
            WHEN "t41"."category_exempt"
            THEN CASE
              WHEN "t41"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('visitationskategori ', "t41"."category_in_force", ': intet fast opfølgningsforløb')
            END
            WHEN "t41"."next_date" IS NOT NULL
            THEN CASE
              WHEN "t41"."description" IS NULL OR "t41"."next_text" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t41"."description", '; næste: ', "t41"."next_text")
            END
            WHEN (
              "t41"."end_date" IS NOT NULL
            )
            AND (
              "t41"."end_date" < "t41"."due_date"
            )
            AND (
              "t41"."next_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t41"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t41"."end_date" AS TEXT), ' før fristen')
            END
            ELSE CASE
              WHEN "t41"."description" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t41"."description", '; ingen senere opfølgningssamtale')
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t41"."exemption_applies"
            THEN CASE
              WHEN CAST("t41"."exemption_start" AS TEXT) IS NULL
              OR CAST("t41"."exemption_end" AS TEXT) IS NULL
              OR "t41"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t41"."exemption_start" AS TEXT),
                '–',
                CAST("t41"."exemption_end" AS TEXT),
                ' (',
                "t41"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      NOT (
        "t41"."category_exempt"
      )
      AND NOT (
        (
          "t41"."end_date" IS NOT NULL
        )
        AND (
          "t41"."end_date" < "t41"."due_date"
        )
        AND (
          "t41"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t41"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t41"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t40"."person_id",
        "t40"."benefit",
        "t40"."start_date",
        "t40"."date",
        "t40"."description",
        "t40"."next_date",
        "t40"."next_text",
        "t40"."_weeks",
        "t40"."end_date",
        "t40"."category_exempt",
        "t40"."sickness_category",
        "t40"."category_in_force",
        "t40"."category_note",
        "t40"."employed",
        "t40"."expected_absence_weeks",
        "t40"."window_start",
        "t40"."due0",
        "t40"."exemption_start",
        "t40"."exemption_end",
        "t40"."exemption_reason",
        CASE
          WHEN (
            "t40"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t40"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t40"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t40"."exemption_start", "t40"."window_start"), "t40"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t40"."due0"
        END AS "due_date",
        (
          "t40"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t40"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t38".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t33"."person_id",
            "t33"."benefit",
            "t33"."start_date",
            "t33"."date",
            "t33"."description",
            "t33"."next_date",
            "t33"."next_text",
            "t33"."_weeks",
            "t33"."end_date",
            "t33"."category_exempt",
            "t33"."sickness_category",
            "t33"."category_in_force",
            "t33"."category_note",
            "t33"."employed",
            "t33"."expected_absence_weeks",
            "t33"."window_start",
            "t33"."due0",
            "t37"."person_id" AS "person_id_right",
            "t37"."benefit" AS "benefit_right",
            "t37"."start_date" AS "start_date_right",
            "t37"."window_start" AS "window_start_right",
            "t37"."exemption_start",
            "t37"."exemption_end",
            "t37"."exemption_reason"
          FROM (
            SELECT
              "t28"."person_id",
              "t28"."benefit",
              "t28"."start_date",
              "t28"."date",
              "t28"."description",
              "t28"."next_date",
              "t28"."next_text",
              "t28"."_weeks",
              "t28"."end_date",
              "t28"."category_exempt",
              "t28"."sickness_category",
              "t28"."category_in_force",
              "t28"."category_note",
              "t28"."employed",
              "t28"."expected_absence_weeks",
              "t28"."date" AS "window_start",
              CAST(CAST("t28"."date" + TO_DAYS("t28"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t27" AS "t28"
          ) AS "t33"
          LEFT OUTER JOIN (
            SELECT
              "t35"."person_id",
              "t35"."benefit",
              "t35"."start_date",
              "t35"."window_start",
              FIRST("t35"."_from" ORDER BY "t35"."_to" DESC) AS "exemption_start",
              MAX("t35"."_to") AS "exemption_end",
              FIRST("t35"."_reason" ORDER BY "t35"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t34"."person_id",
                "t34"."benefit",
                "t34"."start_date",
                "t34"."window_start",
                "t34"."_day",
                "t13"."_pid",
                "t13"."_from",
                "t13"."_to",
                "t13"."_reason"
              FROM (
                SELECT
                  "t28"."person_id",
                  "t28"."benefit",
                  "t28"."start_date",
                  "t28"."date" AS "window_start",
                  CAST(CAST("t28"."date" + TO_DAYS("t28"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t27" AS "t28"
              ) AS "t34"
              INNER JOIN (
                SELECT
                  "t2"."person_id" AS "_pid",
                  "t2"."start_date" AS "_from",
                  "t2"."end_date" AS "_to",
                  "t2"."reason" AS "_reason"
                FROM "exemptions" AS "t2"
                WHERE
                  "t2"."start_date" <= CAST($as_of AS DATE)
              ) AS "t13"
                ON "t34"."person_id" = "t13"."_pid"
                AND "t13"."_from" <= "t34"."_day"
                AND "t13"."_to" >= "t34"."_day"
            ) AS "t35"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t37"
            ON "t33"."person_id" = "t37"."person_id"
            AND "t33"."benefit" = "t37"."benefit"
            AND "t33"."start_date" = "t37"."start_date"
            AND "t33"."window_start" = "t37"."window_start"
        ) AS "t38"
      ) AS "t40"
    ) AS "t41"
  ) AS "t42"
) AS "t43"
