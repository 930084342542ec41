WITH "t7" AS (
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
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t0"."start_date" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t0"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t0"."first_contact_date", "t0"."start_date")
      ELSE "t0"."start_date"
    END AS "window_start"
  FROM "_tilsyn_benefit_spells" AS "t0"
  WHERE
    "t0"."benefit" IN (
      'dagpenge',
      'foertidspension',
      'jobafklaring',
      'kontanthjaelp',
      'ledighedsydelse',
      'ressourceforloeb',
      'revalidering',
      'selvforsoergelsesydelse',
      'sygedagpenge',
      'uddannelseshjaelp'
    )
), "t17" AS (
  SELECT
    "t13"."person_id",
    "t13"."benefit",
    "t13"."start_date",
    "t13"."end_date",
    "t13"."first_contact_date",
    "t13"."target_group",
    "t13"."first_absence_date",
    "t13"."sickness_category",
    "t13"."employed",
    "t13"."handover_date",
    "t13"."expected_absence_weeks",
    "t13"."work_obligation",
    "t13"."municipality",
    "t13"."early_followup_request_date",
    "t13"."education_order",
    "t13"."periods",
    "t13"."window_start",
    "t13"."needs_goal",
    "t13"."needs_education",
    "t13"."in_force",
    "t16"."due_date",
    "t16"."offer_kind"
  FROM (
    SELECT
      "t8"."person_id",
      "t8"."benefit",
      "t8"."start_date",
      "t8"."end_date",
      "t8"."first_contact_date",
      "t8"."target_group",
      "t8"."first_absence_date",
      "t8"."sickness_category",
      "t8"."employed",
      "t8"."handover_date",
      "t8"."expected_absence_weeks",
      "t8"."work_obligation",
      "t8"."municipality",
      "t8"."early_followup_request_date",
      "t8"."education_order",
      "t8"."periods",
      "t8"."window_start",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t8"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t8"."benefit"
        )
        OR ARRAY_CONTAINS(
          CASE
            WHEN "t8"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp:jobparat',
              'kontanthjaelp:aktivitetsparat',
              'ledighedsydelse',
              'revalidering'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          CASE WHEN "t8"."benefit" IS NULL THEN NULL ELSE CONCAT("t8"."benefit", ':') END || COALESCE("t8"."target_group", '')
        ),
        FALSE
      )
      OR (
        COALESCE("t8"."education_order", FALSE)
        AND COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t8"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN ['dagpenge']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t8"."benefit"
          ),
          FALSE
        )
      ) AS "needs_goal",
      COALESCE("t8"."education_order", FALSE)
      AND COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t8"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['dagpenge']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t8"."benefit"
        ),
        FALSE
      ) AS "needs_education",
      COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t8"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN [
              'dagpenge',
              'kontanthjaelp',
              'uddannelseshjaelp',
              'selvforsoergelsesydelse',
              'sygedagpenge',
              'jobafklaring',
              'ressourceforloeb',
              'ledighedsydelse',
              'revalidering',
              'foertidspension'
            ]
            ELSE CAST(NULL AS TEXT[])
          END,
          "t8"."benefit"
        ),
        FALSE
      ) AS "in_force"
    FROM "t7" AS "t8"
  ) AS "t13"
  INNER JOIN (
    SELECT
      "t14"."person_id",
      "t14"."benefit",
      "t14"."start_date",
      MIN("t14"."_start") AS "due_date",
      FIRST("t14"."_kind" ORDER BY "t14"."_start") AS "offer_kind"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t10"."person_id",
          "t10"."benefit",
          "t10"."start_date",
          "t10"."_ws",
          "t10"."_last",
          "t6"."_pid",
          "t6"."_kind",
          "t6"."_start"
        FROM (
          SELECT
            "t8"."person_id",
            "t8"."benefit",
            "t8"."start_date",
            "t8"."window_start" AS "_ws",
            COALESCE("t8"."end_date", CAST($as_of AS DATE)) AS "_last"
          FROM "t7" AS "t8"
        ) AS "t10"
        INNER JOIN (
          SELECT
            "t2"."person_id" AS "_pid",
            "t2"."kind" AS "_kind",
            "t2"."start_date" AS "_start"
          FROM "offers" AS "t2"
          WHERE
            "t2"."start_date" <= CAST($as_of AS DATE)
        ) AS "t6"
          ON "t10"."person_id" = "t6"."_pid"
          AND "t6"."_start" >= "t10"."_ws"
          AND "t6"."_start" <= "t10"."_last"
      ) AS "t11"
      WHERE
        ARRAY_CONTAINS(
          COALESCE(
            CASE
              WHEN "t11"."_ws" >= MAKE_DATE(2020, 1, 1)
              THEN [
                'virksomhedspraktik',
                'loentilskud',
                'vejledning_opkvalificering',
                'nytteindsats',
                'oevrig_vejledning'
              ]
              ELSE CAST(NULL AS TEXT[])
            END,
            [
              'loentilskud',
              'nytteindsats',
              'oevrig_vejledning',
              'vejledning_opkvalificering',
              'virksomhedspraktik'
            ]
          ),
          "t11"."_kind"
        )
    ) AS "t14"
    GROUP BY
      1,
      2,
      3
  ) AS "t16"
    ON "t13"."person_id" = "t16"."person_id"
    AND "t13"."benefit" = "t16"."benefit"
    AND "t13"."start_date" = "t16"."start_date"
)
SELECT
  "t28"."person_id",
  "t28"."benefit",
  'plan_before_offer' AS "kind",
  'plan_before_offer' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t28"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 41 (Min Plan); Cabi – Min Plan (skal foreligge før indsatsen starter)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t28"."window_start",
  CASE
    WHEN COALESCE("t28"."in_force", FALSE)
    THEN "t28"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t28"."in_force", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t28"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t28"."fulfilled_date" <= "t28"."due_date"
    )
    THEN 'met'
    WHEN "t28"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE(FALSE, FALSE)
    THEN 'exempt'
    WHEN "t28"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t28"."in_force", FALSE)
    THEN "t28"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t28"."in_force", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t28"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t28"."fulfilled_date" > "t28"."due_date"
    )
    THEN DATE_DIFF('DAY', "t28"."due_date", "t28"."fulfilled_date")
    WHEN NOT (
      "t28"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE(FALSE, FALSE)
    )
    AND (
      "t28"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t28"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t28"."in_force", FALSE)
              THEN "t28"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t28"."window_start"
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
              WHEN COALESCE("t28"."in_force", FALSE)
              THEN "t28"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t28"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'plan_before_offer'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE(
    CASE
      WHEN "t28"."fulfilled_date" IS NOT NULL
      THEN 'Min Plan' || CASE
        WHEN "t28"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t28"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END || CASE
        WHEN CAST("t28"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(' ', CAST("t28"."fulfilled_date" AS TEXT))
      END
      ELSE 'ingen Min Plan' || CASE
        WHEN "t28"."needs_education"
        THEN ' med jobmål og uddannelsesmål (uddannelsespålæg)'
        WHEN "t28"."needs_goal"
        THEN ' med jobmål'
        ELSE ''
      END
    END || CASE
      WHEN "t28"."offer_kind" IS NULL OR CAST("t28"."due_date" AS TEXT) IS NULL
      THEN NULL
      ELSE CONCAT('; første tilbud ', "t28"."offer_kind", ' ', CAST("t28"."due_date" AS TEXT))
    END,
    ''
  ) AS "evidence"
FROM (
  SELECT
    "t27".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
      "t23"."needs_goal",
      "t23"."needs_education",
      "t23"."in_force",
      "t23"."due_date",
      "t23"."offer_kind",
      "t26"."person_id" AS "person_id_right",
      "t26"."benefit" AS "benefit_right",
      "t26"."start_date" AS "start_date_right",
      "t26"."fulfilled_date"
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
        "t18"."needs_goal",
        "t18"."needs_education",
        "t18"."in_force"
        AND NOT (
          (
            "t18"."benefit" = 'sygedagpenge'
          )
          AND COALESCE("t18"."employed", FALSE)
          AND COALESCE(
            CASE
              WHEN "t18"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN TRUE
              WHEN "t18"."due_date" >= MAKE_DATE(2020, 1, 1)
              THEN FALSE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
        ) AS "in_force",
        "t18"."due_date",
        "t18"."offer_kind"
      FROM "t17" AS "t18"
    ) AS "t23"
    LEFT OUTER JOIN (
      SELECT
        "t24"."person_id",
        "t24"."benefit",
        "t24"."start_date",
        MIN("t24"."_date") AS "fulfilled_date"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."_ws",
            "t20"."_goal",
            "t20"."_need_edu",
            "t5"."_pid",
            "t5"."_date",
            "t5"."_job",
            "t5"."_edu"
          FROM (
            SELECT
              "t18"."person_id",
              "t18"."benefit",
              "t18"."start_date",
              "t18"."window_start" AS "_ws",
              "t18"."needs_goal" AS "_goal",
              "t18"."needs_education" AS "_need_edu"
            FROM "t17" AS "t18"
          ) AS "t20"
          INNER JOIN (
            SELECT
              "t1"."person_id" AS "_pid",
              "t1"."date" AS "_date",
              "t1"."has_job_goal" AS "_job",
              "t1"."has_education_goal" AS "_edu"
            FROM "plans" AS "t1"
            WHERE
              "t1"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t20"."person_id" = "t5"."_pid" AND "t5"."_date" >= "t20"."_ws"
        ) AS "t21"
        WHERE
          (
            NOT (
              "t21"."_goal"
            ) OR COALESCE("t21"."_job", FALSE)
          )
          AND (
            NOT (
              "t21"."_need_edu"
            ) OR COALESCE("t21"."_edu", FALSE)
          )
      ) AS "t24"
      GROUP BY
        1,
        2,
        3
    ) AS "t26"
      ON "t23"."person_id" = "t26"."person_id"
      AND "t23"."benefit" = "t26"."benefit"
      AND "t23"."start_date" = "t26"."start_date"
  ) AS "t27"
) AS "t28"
