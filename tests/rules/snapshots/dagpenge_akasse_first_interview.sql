WITH "t10" AS (
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
    "t8"."periods"
  FROM (
    SELECT
      *
    FROM "_tilsyn_benefit_spells" AS "t1"
    WHERE
      "t1"."benefit" IN ('dagpenge')
  ) AS "t8"
  ANTI JOIN "_tilsyn_jobcentre_course_spells" AS "t3"
    ON "t8"."person_id" = "t3"."_k_person_id"
    AND "t8"."benefit" = "t3"."_k_benefit"
    AND "t8"."start_date" = "t3"."_k_start_date"
)
SELECT
  "t22"."person_id",
  "t22"."benefit",
  'first_interview' AS "kind",
  'dagpenge_akasse_first_interview' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t22"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'STAR – Generelle spørgsmål og svar om reformen (a-kassernes 75 %-krav; det enkelte personkrav ikke nævnt)'
    WHEN "t22"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024) – a-kassens første jobsamtale senest 2 uger efter tilmelding'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t22"."window_start",
  CASE
    WHEN COALESCE("t22"."is_applicable", FALSE)
    THEN "t22"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t22"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t22"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t22"."fulfilled_date" <= "t22"."due_date"
    )
    THEN 'met'
    WHEN "t22"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t22"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t22"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t22"."is_applicable", FALSE)
    THEN "t22"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t22"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t22"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t22"."fulfilled_date" > "t22"."due_date"
    )
    THEN DATE_DIFF('DAY', "t22"."due_date", "t22"."fulfilled_date")
    WHEN NOT (
      "t22"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t22"."is_exempt", FALSE)
    )
    AND (
      "t22"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t22"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t22"."is_applicable", FALSE)
              THEN "t22"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t22"."window_start"
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
              WHEN COALESCE("t22"."is_applicable", FALSE)
              THEN "t22"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t22"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_first_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t22"."evidence", '') AS "evidence"
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
    "t21"."_days",
    "t21"."due_date",
    "t21"."fulfilled_date",
    "t21"."held_text",
    (
      "t21"."_days" IS NOT NULL
    )
    AND (
      (
        SELECT
          COUNT(*) AS "CountStar()"
        FROM (
          SELECT
            *
          FROM "conversations" AS "t0"
          WHERE
            "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
        ) AS "t4"
      ) > 0
    )
    AND NOT (
      (
        "t21"."end_date" IS NOT NULL
      )
      AND (
        "t21"."end_date" < "t21"."due_date"
      )
      AND (
        "t21"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t21"."_days" IS NULL
      THEN 'reglen var ikke i kraft ved første dagpengedag'
      WHEN NOT (
        (
          SELECT
            COUNT(*) AS "CountStar()"
          FROM (
            SELECT
              *
            FROM "conversations" AS "t0"
            WHERE
              "t0"."held_by" = 'akasse' AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t4"
        ) > 0
      )
      THEN 'data indeholder ingen samtaler holdt af a-kassen, så a-kassens første jobsamtale kan ikke vurderes'
      WHEN "t21"."fulfilled_date" IS NOT NULL
      THEN "t21"."held_text"
      WHEN (
        "t21"."end_date" IS NOT NULL
      )
      AND (
        "t21"."end_date" < "t21"."due_date"
      )
      AND (
        "t21"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t21"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t21"."end_date" AS TEXT), ' før fristen')
      END
      ELSE 'ingen afholdt individuel jobsamtale med a-kassen'
    END AS "evidence"
  FROM (
    SELECT
      "t20".*
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
        "t16"."early_followup_request_date",
        "t16"."education_order",
        "t16"."periods",
        "t16"."window_start",
        "t16"."_days",
        "t16"."due_date",
        "t19"."person_id" AS "person_id_right",
        "t19"."benefit" AS "benefit_right",
        "t19"."start_date" AS "start_date_right",
        "t19"."fulfilled_date",
        "t19"."held_text"
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
          "t11"."start_date" AS "window_start",
          CASE
            WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
            THEN 14
            WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
            THEN 14
            ELSE CAST(NULL AS BIGINT)
          END AS "_days",
          CAST(CAST("t11"."start_date" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                THEN 14
                WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                THEN 14
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t10" AS "t11"
      ) AS "t16"
      LEFT OUTER JOIN (
        SELECT
          "t17"."person_id",
          "t17"."benefit",
          "t17"."start_date",
          MIN("t17"."date") AS "fulfilled_date",
          FIRST(
            "t17"."description" ORDER BY CASE
              WHEN CAST("t17"."date" AS TEXT) IS NULL OR "t17"."description" IS NULL
              THEN NULL
              ELSE CONCAT(CAST("t17"."date" AS TEXT), "t17"."description")
            END
          ) AS "held_text"
        FROM (
          SELECT
            "t14"."person_id",
            "t14"."benefit",
            "t14"."start_date",
            "t14"."date",
            CASE
              WHEN "t14"."kind" IS NULL
              OR CAST("t14"."date" AS TEXT) IS NULL
              OR "t14"."form" IS NULL
              OR "t14"."held_by" IS NULL
              THEN NULL
              ELSE CONCAT("t14"."kind", ' ', CAST("t14"."date" AS TEXT), ' (', "t14"."form", ', ', "t14"."held_by", ')')
            END AS "description"
          FROM (
            SELECT
              "t13"."person_id",
              "t13"."benefit",
              "t13"."start_date",
              "t13"."window_start",
              "t13"."_first",
              "t13"."_last",
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
                "t11"."person_id",
                "t11"."benefit",
                "t11"."start_date",
                "t11"."start_date" AS "window_start",
                "t11"."start_date" AS "_first",
                COALESCE("t11"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t10" AS "t11"
            ) AS "t13"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t0"
              WHERE
                "t0"."status" = 'afholdt'
                AND COALESCE("t0"."individual", TRUE)
                AND "t0"."date" <= CAST($as_of AS DATE)
                AND "t0"."kind" IN ('jobsamtale')
            ) AS "t7"
              ON "t13"."person_id" = "t7"."person_id"
              AND "t7"."date" >= "t13"."_first"
              AND "t7"."date" <= "t13"."_last"
          ) AS "t14"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t14"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t14"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t14"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t14"."form"
              ),
              FALSE
            )
        ) AS "t17"
        GROUP BY
          1,
          2,
          3
      ) AS "t19"
        ON "t16"."person_id" = "t19"."person_id"
        AND "t16"."benefit" = "t19"."benefit"
        AND "t16"."start_date" = "t19"."start_date"
    ) AS "t20"
  ) AS "t21"
) AS "t22"
