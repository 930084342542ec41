SELECT
  "t19"."person_id",
  "t19"."benefit",
  'interviews_6m' AS "kind",
  'interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t19"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (mere fleksible kontaktforløb); STAR, svar på spørgsmål fra webinar 21.1.2026'
    WHEN "t19"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 280 af 2024)'
    WHEN "t19"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
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
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t19"."is_applicable", FALSE)
              THEN "t19"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t19"."window_start"
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
              WHEN COALESCE("t19"."is_applicable", FALSE)
              THEN "t19"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t19"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t19"."evidence", '') AS "evidence"
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
    "t18"."early_followup_request_date",
    "t18"."education_order",
    "t18"."periods",
    "t18"."window_start",
    "t18"."required",
    "t18"."required_joint",
    "t18"."in_force",
    "t18"."_end_unconfirmed",
    "t18"."due0",
    "t18"."exempt_days",
    "t18"."exempt_now",
    "t18"."exemption_note",
    "t18"."due_date",
    "t18"."nth_date",
    "t18"."counted",
    "t18"."in_window",
    "t18"."listed",
    "t18"."nth_date" AS "fulfilled_date",
    "t18"."in_force"
    AND NOT (
      (
        "t18"."end_date" IS NOT NULL
      )
      AND (
        "t18"."end_date" < "t18"."due_date"
      )
      AND (
        "t18"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t18"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t18"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t18"."end_date" IS NOT NULL
        )
        AND (
          "t18"."end_date" < "t18"."due_date"
        )
        AND (
          "t18"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t18"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t18"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t18"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t18"."listed" IS NOT NULL
          THEN CASE WHEN "t18"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t18"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t18"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t18"."end_date" AS TEXT))
        END
        WHEN "t18"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t18"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t18"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t18"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t18"."listed" IS NOT NULL
          THEN CASE WHEN "t18"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t18"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t18"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t18"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t18"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t18"."listed" IS NOT NULL
          THEN CASE WHEN "t18"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t18"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t18"."end_date" IS NOT NULL
        )
        AND (
          "t18"."end_date" < "t18"."due_date"
        )
        AND (
          "t18"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t18"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t18"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t18"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t18"."listed" IS NOT NULL
          THEN CASE WHEN "t18"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t18"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t18"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t18"."end_date" AS TEXT))
        END
        WHEN "t18"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t18"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t18"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t18"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t18"."listed" IS NOT NULL
          THEN CASE WHEN "t18"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t18"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t18"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t18"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t18"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t18"."listed" IS NOT NULL
          THEN CASE WHEN "t18"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t18"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t18"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t18"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t17".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t2"."person_id",
        "t2"."benefit",
        "t2"."start_date",
        "t2"."end_date",
        "t2"."first_contact_date",
        "t2"."target_group",
        "t2"."first_absence_date",
        "t2"."sickness_category",
        "t2"."employed",
        "t2"."handover_date",
        "t2"."expected_absence_weeks",
        "t2"."work_obligation",
        "t2"."municipality",
        "t2"."early_followup_request_date",
        "t2"."education_order",
        "t2"."periods",
        "t2"."window_start",
        "t2"."required",
        "t2"."required_joint",
        "t2"."in_force",
        "t2"."_end_unconfirmed",
        "t2"."due0",
        "t2"."exempt_days",
        "t2"."exempt_now",
        "t2"."exemption_note",
        "t2"."due_date",
        "t16"."person_id" AS "person_id_right",
        "t16"."benefit" AS "benefit_right",
        "t16"."start_date" AS "start_date_right",
        "t16"."nth_date",
        "t16"."counted",
        "t16"."in_window",
        "t16"."listed"
      FROM "_tilsyn_interviews_6m_due" AS "t2"
      LEFT OUTER JOIN (
        SELECT
          "t14"."person_id",
          "t14"."benefit",
          "t14"."start_date",
          CASE
            WHEN "t14"."_held" >= "t14"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT("t14"."_events", (
                "t14"."_n" - 1
              ) + CAST((
                "t14"."_n" - 1
              ) >= 0 AS BIGINT)),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT("t14"."_events", (
                    "t14"."_n" - 1
                  ) + CAST((
                    "t14"."_n" - 1
                  ) >= 0 AS BIGINT))
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t14"."_held", "t14"."_n") AS "counted",
          LEAST("t14"."_by_due", "t14"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE("t14"."_events", 1, CASE WHEN "t14"."_n" < 0 THEN "t14"."_n" - 1 ELSE "t14"."_n" END),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t13"."person_id",
            "t13"."benefit",
            "t13"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t13"."date" AS TEXT) IS NULL OR "t13"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t13"."date" AS TEXT), '|', "t13"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t13"."date" AS TEXT) IS NULL OR "t13"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t13"."date" AS TEXT), '|', "t13"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t13"."date" <= "t13"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t13"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t11"."person_id",
                "t11"."benefit",
                "t11"."start_date",
                "t11"."date",
                "t11"."description",
                "t4"."_n",
                "t4"."_due"
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
                    "t7"."person_id",
                    "t7"."benefit",
                    "t7"."start_date",
                    "t7"."window_start",
                    "t7"."_first",
                    "t7"."_last",
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
                      "t0"."person_id",
                      "t0"."benefit",
                      "t0"."start_date",
                      "t0"."window_start",
                      "t0"."window_start" AS "_first",
                      COALESCE("t0"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM "_tilsyn_interviews_6m_due" AS "t0"
                  ) AS "t7"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('jobsamtale')
                  ) AS "t8"
                    ON "t7"."person_id" = "t8"."person_id"
                    AND "t8"."date" >= "t7"."_first"
                    AND "t8"."date" <= "t7"."_last"
                ) AS "t9"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t9"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                        WHEN "t9"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t9"."form"
                    ),
                    FALSE
                  )
              ) AS "t11"
              INNER JOIN (
                SELECT
                  "t0"."person_id",
                  "t0"."benefit",
                  "t0"."start_date",
                  "t0"."required" AS "_n",
                  "t0"."due_date" AS "_due"
                FROM "_tilsyn_interviews_6m_due" AS "t0"
              ) AS "t4"
                ON "t11"."person_id" = "t4"."person_id"
                AND "t11"."benefit" = "t4"."benefit"
                AND "t11"."start_date" = "t4"."start_date"
            ) AS "t12"
            WHERE
              "t12"."_n" > 0
          ) AS "t13"
          GROUP BY
            1,
            2,
            3
        ) AS "t14"
      ) AS "t16"
        ON "t2"."person_id" = "t16"."person_id"
        AND "t2"."benefit" = "t16"."benefit"
        AND "t2"."start_date" = "t16"."start_date"
    ) AS "t17"
  ) AS "t18"
) AS "t19"
