SELECT
  "t12"."person_id",
  "t12"."benefit",
  'plan_before_offer' AS "kind",
  'dagpenge_plan_at_first_akasse_interview' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t12"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'LAB § 42; reformens ændringer af Min Plan er ikke læst'
    WHEN "t12"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 42 (a-kassen udarbejder Min Plan ved første jobsamtale)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t12"."window_start",
  CASE
    WHEN COALESCE("t12"."is_applicable", FALSE)
    THEN "t12"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t12"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t12"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t12"."fulfilled_date" <= "t12"."due_date"
    )
    THEN 'met'
    WHEN "t12"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t12"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t12"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t12"."is_applicable", FALSE)
    THEN "t12"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t12"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t12"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t12"."fulfilled_date" > "t12"."due_date"
    )
    THEN DATE_DIFF('DAY', "t12"."due_date", "t12"."fulfilled_date")
    WHEN NOT (
      "t12"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t12"."is_exempt", FALSE)
    )
    AND (
      "t12"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t12"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t12"."is_applicable", FALSE)
              THEN "t12"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t12"."window_start"
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
              WHEN COALESCE("t12"."is_applicable", FALSE)
              THEN "t12"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t12"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_plan_at_first_akasse_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t12"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t11"."person_id",
    "t11"."benefit",
    "t11"."start_date",
    "t11"."end_date",
    "t11"."first_contact_date",
    "t11"."target_group",
    "t11"."first_absence_date",
    "t11"."sickness_category",
    "t11"."employed",
    "t11"."handover_date",
    "t11"."expected_absence_weeks",
    "t11"."work_obligation",
    "t11"."municipality",
    "t11"."early_followup_request_date",
    "t11"."education_order",
    "t11"."periods",
    "t11"."window_start",
    "t11"."due_date",
    "t11"."fulfilled_date",
    COALESCE(
      CASE
        WHEN "t11"."window_start" >= MAKE_DATE(2026, 7, 1)
        THEN TRUE
        WHEN "t11"."window_start" >= MAKE_DATE(2024, 1, 1)
        THEN TRUE
        ELSE CAST(NULL AS BOOLEAN)
      END,
      FALSE
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t11"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t11"."fulfilled_date" AS TEXT) IS NULL
        OR CAST("t11"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'Min Plan ',
          CAST("t11"."fulfilled_date" AS TEXT),
          '; a-kassens første jobsamtale ',
          CAST("t11"."due_date" AS TEXT)
        )
      END
      ELSE CASE
        WHEN CAST("t11"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ingen Min Plan fra a-kassens første jobsamtale ', CAST("t11"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t10".*
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
        "t2"."due_date",
        "t9"."person_id" AS "person_id_right",
        "t9"."benefit" AS "benefit_right",
        "t9"."start_date" AS "start_date_right",
        "t9"."fulfilled_date"
      FROM "_tilsyn_dagpenge_plan_at_first_akasse_interview_due" AS "t2"
      LEFT OUTER JOIN (
        SELECT
          "t7"."person_id",
          "t7"."benefit",
          "t7"."start_date",
          MIN("t7"."_d") AS "fulfilled_date"
        FROM (
          SELECT
            "t5"."person_id",
            "t5"."benefit",
            "t5"."start_date",
            "t5"."_ws",
            "t5"."_last",
            "t6"."_pid",
            "t6"."_d"
          FROM (
            SELECT
              "t0"."person_id",
              "t0"."benefit",
              "t0"."start_date",
              "t0"."window_start" AS "_ws",
              COALESCE("t0"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "_tilsyn_dagpenge_plan_at_first_akasse_interview_due" AS "t0"
          ) AS "t5"
          INNER JOIN (
            SELECT
              "t1"."person_id" AS "_pid",
              "t1"."date" AS "_d"
            FROM "plans" AS "t1"
            WHERE
              "t1"."date" <= CAST($as_of AS DATE)
          ) AS "t6"
            ON "t5"."person_id" = "t6"."_pid"
            AND "t6"."_d" >= "t5"."_ws"
            AND "t6"."_d" <= "t5"."_last"
        ) AS "t7"
        GROUP BY
          1,
          2,
          3
      ) AS "t9"
        ON "t2"."person_id" = "t9"."person_id"
        AND "t2"."benefit" = "t9"."benefit"
        AND "t2"."start_date" = "t9"."start_date"
    ) AS "t10"
  ) AS "t11"
) AS "t12"
