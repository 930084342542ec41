SELECT
  "t25"."person_id",
  "t25"."benefit",
  'sick_first_followup' AS "kind",
  'sick_first_followup' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t25"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1; STAR – Sygedagpengeopfølgning'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t25"."window_start",
  CASE
    WHEN COALESCE("t25"."is_applicable", FALSE)
    THEN "t25"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t25"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t25"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t25"."fulfilled_date" <= "t25"."due_date"
    )
    THEN 'met'
    WHEN "t25"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t25"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t25"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t25"."is_applicable", FALSE)
    THEN "t25"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t25"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t25"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t25"."fulfilled_date" > "t25"."due_date"
    )
    THEN DATE_DIFF('DAY', "t25"."due_date", "t25"."fulfilled_date")
    WHEN NOT (
      "t25"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t25"."is_exempt", FALSE)
    )
    AND (
      "t25"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t25"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t25"."is_applicable", FALSE)
              THEN "t25"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t25"."window_start"
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
              WHEN COALESCE("t25"."is_applicable", FALSE)
              THEN "t25"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t25"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_first_followup'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t25"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t24"."person_id",
    "t24"."benefit",
    "t24"."start_date",
    "t24"."end_date",
    "t24"."first_contact_date",
    "t24"."target_group",
    "t24"."first_absence_date",
    "t24"."sickness_category",
    "t24"."employed",
    "t24"."handover_date",
    "t24"."expected_absence_weeks",
    "t24"."work_obligation",
    "t24"."municipality",
    "t24"."early_followup_request_date",
    "t24"."education_order",
    "t24"."periods",
    "t24"."window_start",
    "t24"."category_in_force",
    "t24"."category_exempt",
    "t24"."category_note",
    "t24"."_weeks",
    "t24"."_fast_track",
    "t24"."due0",
    "t24"."exemption_start",
    "t24"."exemption_end",
    "t24"."exemption_reason",
    "t24"."due_date",
    "t24"."exemption_applies",
    "t24"."person_id_right",
    "t24"."benefit_right",
    "t24"."start_date_right",
    "t24"."fulfilled_date",
    "t24"."held_text",
    (
      "t24"."_weeks" IS NOT NULL
    )
    AND (
      CASE
        WHEN "t24"."category_exempt"
        THEN CASE
          WHEN "t24"."category_in_force" IS NULL
          THEN NULL
          ELSE CONCAT(
            'visitationskategori ',
            "t24"."category_in_force",
            ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
          )
        END
        WHEN COALESCE(
          COALESCE("t24"."employed", FALSE)
          AND (
            CASE
              WHEN "t24"."due_date" >= MAKE_DATE(2026, 7, 1)
              THEN 26
              WHEN "t24"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t24"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t24"."expected_absence_weeks" < CASE
              WHEN "t24"."due_date" >= MAKE_DATE(2026, 7, 1)
              THEN 26
              WHEN "t24"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END
          ),
          FALSE
        )
        THEN CASE
          WHEN CAST("t24"."expected_absence_weeks" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            'sygemeldt fra job med forventet fravær på ',
            CAST("t24"."expected_absence_weeks" AS TEXT),
            ' uger: ikke i kommunens opfølgning'
          )
        END
        ELSE ''
      END = ''
    )
    AND NOT (
      (
        "t24"."end_date" IS NOT NULL
      )
      AND (
        "t24"."end_date" < "t24"."due_date"
      )
      AND (
        "t24"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    "t24"."exemption_applies"
    AND (
      CAST($as_of AS DATE) <= "t24"."exemption_end"
    ) AS "is_exempt",
    CONCAT_WS(
      '; ',
      NULLIF("t24"."category_note", ''),
      NULLIF(
        CASE
          WHEN "t24"."_fast_track"
          THEN CASE
            WHEN CAST("t24"."early_followup_request_date" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(
              'tidlig opfølgning anmodet ',
              CAST("t24"."early_followup_request_date" AS TEXT),
              ' (§ 13 b, stk. 2)'
            )
          END
          ELSE ''
        END,
        ''
      ),
      NULLIF(
        CASE
          WHEN "t24"."_weeks" IS NULL
          THEN 'reglen var ikke i kraft på første fraværsdag'
          WHEN CASE
            WHEN "t24"."category_exempt"
            THEN CASE
              WHEN "t24"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT(
                'visitationskategori ',
                "t24"."category_in_force",
                ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              )
            END
            WHEN COALESCE(
              COALESCE("t24"."employed", FALSE)
              AND (
                CASE
                  WHEN "t24"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t24"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t24"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t24"."expected_absence_weeks" < CASE
                  WHEN "t24"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t24"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN CASE
              WHEN CAST("t24"."expected_absence_weeks" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(
                'sygemeldt fra job med forventet fravær på ',
                CAST("t24"."expected_absence_weeks" AS TEXT),
                ' uger: ikke i kommunens opfølgning'
              )
            END
            ELSE ''
          END <> ''
          THEN CASE
            WHEN "t24"."category_exempt"
            THEN CASE
              WHEN "t24"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT(
                'visitationskategori ',
                "t24"."category_in_force",
                ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
              )
            END
            WHEN COALESCE(
              COALESCE("t24"."employed", FALSE)
              AND (
                CASE
                  WHEN "t24"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t24"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t24"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t24"."expected_absence_weeks" < CASE
                  WHEN "t24"."due_date" >= MAKE_DATE(2026, 7, 1)
                  THEN 26
                  WHEN "t24"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END
              ),
              FALSE
            )
            THEN CASE
              WHEN CAST("t24"."expected_absence_weeks" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(
                'sygemeldt fra job med forventet fravær på ',
                CAST("t24"."expected_absence_weeks" AS TEXT),
                ' uger: ikke i kommunens opfølgning'
              )
            END
            ELSE ''
          END
          WHEN "t24"."fulfilled_date" IS NOT NULL
          THEN "t24"."held_text"
          WHEN (
            "t24"."end_date" IS NOT NULL
          )
          AND (
            "t24"."end_date" < "t24"."due_date"
          )
          AND (
            "t24"."fulfilled_date" IS NULL
          )
          THEN CASE
            WHEN CAST("t24"."end_date" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t24"."end_date" AS TEXT), ' før fristen')
          END
          ELSE 'ingen afholdt individuel opfølgningssamtale ved personligt fremmøde'
        END,
        ''
      ),
      NULLIF(
        CASE
          WHEN "t24"."exemption_applies"
          THEN CASE
            WHEN CAST("t24"."exemption_start" AS TEXT) IS NULL
            OR CAST("t24"."exemption_end" AS TEXT) IS NULL
            OR "t24"."exemption_reason" IS NULL
            THEN NULL
            ELSE CONCAT(
              'fritaget ',
              CAST("t24"."exemption_start" AS TEXT),
              '–',
              CAST("t24"."exemption_end" AS TEXT),
              ' (',
              "t24"."exemption_reason",
              '), fristen forlænget'
            )
          END
          ELSE ''
        END,
        ''
      )
    ) AS "evidence"
  FROM (
    SELECT
      "t23"."person_id",
      "t23"."benefit",
      "t23"."start_date",
      "t23"."end_date",
      "t23"."first_contact_date",
      "t23"."target_group",
      "t23"."first_absence_date",
      "t23"."sickness_category",
      "t23"."employed",
      "t23"."handover_date",
      "t23"."expected_absence_weeks",
      "t23"."work_obligation",
      "t23"."municipality",
      "t23"."early_followup_request_date",
      "t23"."education_order",
      "t23"."periods",
      "t23"."window_start",
      "t23"."category_in_force",
      "t23"."category_exempt",
      "t23"."category_note",
      "t23"."_weeks",
      "t23"."_fast_track",
      "t23"."due0",
      "t23"."exemption_start",
      "t23"."exemption_end",
      "t23"."exemption_reason",
      "t23"."due_date",
      "t23"."exemption_applies",
      "t19"."person_id" AS "person_id_right",
      "t19"."benefit" AS "benefit_right",
      "t19"."start_date" AS "start_date_right",
      "t19"."fulfilled_date",
      "t19"."held_text"
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
        "t21"."early_followup_request_date",
        "t21"."education_order",
        "t21"."periods",
        "t21"."window_start",
        "t21"."category_in_force",
        "t21"."category_exempt",
        "t21"."category_note",
        "t21"."_weeks",
        "t21"."_fast_track",
        "t21"."due0",
        "t21"."exemption_start",
        "t21"."exemption_end",
        "t21"."exemption_reason",
        CASE
          WHEN (
            "t21"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t21"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t21"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t21"."exemption_start", "t21"."window_start"), "t21"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t21"."due0"
        END AS "due_date",
        (
          "t21"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t21"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t20".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
            "t12"."early_followup_request_date",
            "t12"."education_order",
            "t12"."periods",
            "t12"."window_start",
            "t12"."category_in_force",
            "t12"."category_exempt",
            "t12"."category_note",
            "t12"."_weeks",
            "t12"."_fast_track",
            "t12"."due0",
            "t18"."person_id" AS "person_id_right",
            "t18"."benefit" AS "benefit_right",
            "t18"."start_date" AS "start_date_right",
            "t18"."exemption_start",
            "t18"."exemption_end",
            "t18"."exemption_reason"
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
                WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS "_weeks",
              COALESCE(
                (
                  CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                    CASE
                      WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 2
                      ELSE CAST(NULL AS BIGINT)
                    END * 7
                  ) AS TIMESTAMP) AS DATE) IS NOT NULL
                )
                AND (
                  CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                    CASE
                      WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN 2
                      ELSE CAST(NULL AS BIGINT)
                    END * 7
                  ) AS TIMESTAMP) AS DATE) < CAST(CAST("t0"."window_start" + TO_DAYS(
                    (
                      COALESCE(
                        CASE
                          WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      ) * 7
                    ) - 1
                  ) AS TIMESTAMP) AS DATE)
                ),
                FALSE
              ) AS "_fast_track",
              CASE
                WHEN COALESCE(
                  (
                    CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                      CASE
                        WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END * 7
                    ) AS TIMESTAMP) AS DATE) IS NOT NULL
                  )
                  AND (
                    CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                      CASE
                        WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END * 7
                    ) AS TIMESTAMP) AS DATE) < CAST(CAST("t0"."window_start" + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE)
                  ),
                  FALSE
                )
                THEN CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                  CASE
                    WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN 2
                    ELSE CAST(NULL AS BIGINT)
                  END * 7
                ) AS TIMESTAMP) AS DATE)
                ELSE CAST(CAST("t0"."window_start" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 8
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              END AS "due0"
            FROM "_tilsyn_sick_spells" AS "t0"
          ) AS "t12"
          LEFT OUTER JOIN (
            SELECT
              "t15"."person_id",
              "t15"."benefit",
              "t15"."start_date",
              FIRST("t15"."_from" ORDER BY "t15"."_to" DESC) AS "exemption_start",
              MAX("t15"."_to") AS "exemption_end",
              FIRST("t15"."_reason" ORDER BY "t15"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t13"."person_id",
                "t13"."benefit",
                "t13"."start_date",
                "t13"."_day",
                "t8"."_pid",
                "t8"."_from",
                "t8"."_to",
                "t8"."_reason"
              FROM (
                SELECT
                  "t0"."person_id",
                  "t0"."benefit",
                  "t0"."start_date",
                  CASE
                    WHEN COALESCE(
                      (
                        CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                          CASE
                            WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 2
                            ELSE CAST(NULL AS BIGINT)
                          END * 7
                        ) AS TIMESTAMP) AS DATE) IS NOT NULL
                      )
                      AND (
                        CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                          CASE
                            WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 2
                            ELSE CAST(NULL AS BIGINT)
                          END * 7
                        ) AS TIMESTAMP) AS DATE) < CAST(CAST("t0"."window_start" + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE)
                      ),
                      FALSE
                    )
                    THEN CAST(CAST("t0"."early_followup_request_date" + TO_DAYS(
                      CASE
                        WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN 2
                        ELSE CAST(NULL AS BIGINT)
                      END * 7
                    ) AS TIMESTAMP) AS DATE)
                    ELSE CAST(CAST("t0"."window_start" + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN "t0"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE)
                  END AS "_day"
                FROM "_tilsyn_sick_spells" AS "t0"
              ) AS "t13"
              INNER JOIN (
                SELECT
                  "t2"."person_id" AS "_pid",
                  "t2"."start_date" AS "_from",
                  "t2"."end_date" AS "_to",
                  "t2"."reason" AS "_reason"
                FROM "exemptions" AS "t2"
                WHERE
                  "t2"."start_date" <= CAST($as_of AS DATE)
              ) AS "t8"
                ON "t13"."person_id" = "t8"."_pid"
                AND "t8"."_from" <= "t13"."_day"
                AND "t8"."_to" >= "t13"."_day"
            ) AS "t15"
            GROUP BY
              1,
              2,
              3
          ) AS "t18"
            ON "t12"."person_id" = "t18"."person_id"
            AND "t12"."benefit" = "t18"."benefit"
            AND "t12"."start_date" = "t18"."start_date"
        ) AS "t20"
      ) AS "t21"
    ) AS "t23"
    LEFT OUTER JOIN (
      SELECT
        "t14"."person_id",
        "t14"."benefit",
        "t14"."start_date",
        MIN("t14"."date") AS "fulfilled_date",
        FIRST(
          "t14"."description" ORDER BY CASE
            WHEN CAST("t14"."date" AS TEXT) IS NULL OR "t14"."description" IS NULL
            THEN NULL
            ELSE CONCAT(CAST("t14"."date" AS TEXT), '|', "t14"."description")
          END
        ) AS "held_text"
      FROM (
        SELECT
          "t9"."person_id",
          "t9"."benefit",
          "t9"."start_date",
          "t9"."date",
          CASE
            WHEN "t9"."kind" IS NULL
            OR CAST("t9"."date" AS TEXT) IS NULL
            OR "t9"."form" IS NULL
            OR "t9"."held_by" IS NULL
            THEN NULL
            ELSE CONCAT("t9"."kind", ' ', CAST("t9"."date" AS TEXT), ' (', "t9"."form", ', ', "t9"."held_by", ')')
          END AS "description"
        FROM (
          SELECT
            "t6"."person_id",
            "t6"."benefit",
            "t6"."start_date",
            "t6"."_ws",
            "t6"."_last",
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
              "t0"."person_id",
              "t0"."benefit",
              "t0"."start_date",
              "t0"."window_start" AS "_ws",
              COALESCE("t0"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "_tilsyn_sick_spells" AS "t0"
          ) AS "t6"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t1"
            WHERE
              "t1"."status" = 'afholdt'
              AND COALESCE("t1"."individual", TRUE)
              AND "t1"."date" <= CAST($as_of AS DATE)
              AND "t1"."kind" IN ('opfoelgningssamtale')
          ) AS "t7"
            ON "t6"."person_id" = "t7"."person_id"
            AND "t7"."date" >= "t6"."_ws"
            AND "t7"."date" <= "t6"."_last"
        ) AS "t9"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t9"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['opfoelgningssamtale']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t9"."kind"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t9"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['jobcenter', 'anden_aktoer']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t9"."held_by"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t9"."_ws" >= MAKE_DATE(2015, 1, 1)
                THEN ['personligt']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t9"."form"
            ),
            FALSE
          )
      ) AS "t14"
      GROUP BY
        1,
        2,
        3
    ) AS "t19"
      ON "t23"."person_id" = "t19"."person_id"
      AND "t23"."benefit" = "t19"."benefit"
      AND "t23"."start_date" = "t19"."start_date"
  ) AS "t24"
) AS "t25"
