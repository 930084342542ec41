WITH "t14" AS (
  SELECT
    "t7"."person_id",
    "t7"."benefit",
    "t7"."start_date",
    "t7"."end_date",
    "t7"."first_contact_date",
    "t7"."target_group",
    "t7"."first_absence_date",
    "t7"."sickness_category",
    "t7"."employed",
    "t7"."handover_date",
    "t7"."expected_absence_weeks",
    "t7"."work_obligation",
    "t7"."municipality",
    "t7"."early_followup_request_date",
    "t7"."education_order",
    "t7"."periods",
    "t13"."visitation_date"
  FROM (
    SELECT
      *
    FROM "_tilsyn_benefit_spells" AS "t0"
    WHERE
      "t0"."benefit" IN ('sygedagpenge')
  ) AS "t7"
  INNER JOIN (
    SELECT
      "t11"."person_id",
      "t11"."benefit",
      "t11"."start_date",
      MIN("t11"."_from") AS "visitation_date"
    FROM (
      SELECT
        "t8"."person_id",
        "t8"."benefit",
        "t8"."start_date",
        "t8"."_last",
        "t10"."_pid",
        "t10"."_from"
      FROM (
        SELECT
          "t0"."person_id",
          "t0"."benefit",
          "t0"."start_date",
          "t0"."end_date" AS "_last"
        FROM "_tilsyn_benefit_spells" AS "t0"
        WHERE
          "t0"."benefit" IN ('sygedagpenge')
      ) AS "t8"
      INNER JOIN (
        SELECT
          "t2"."person_id" AS "_pid",
          "t2"."start_date" AS "_from"
        FROM "benefit_periods" AS "t2"
        WHERE
          "t2"."benefit" = 'sygedagpenge'
          AND "t2"."start_date" <= CAST($as_of AS DATE)
          AND "t2"."sickness_category" = '3'
      ) AS "t10"
        ON "t8"."person_id" = "t10"."_pid"
        AND "t10"."_from" >= "t8"."start_date"
        AND (
          (
            "t8"."_last" IS NULL
          ) OR (
            "t10"."_from" <= "t8"."_last"
          )
        )
    ) AS "t11"
    GROUP BY
      1,
      2,
      3
  ) AS "t13"
    ON "t7"."person_id" = "t13"."person_id"
    AND "t7"."benefit" = "t13"."benefit"
    AND "t7"."start_date" = "t13"."start_date"
)
SELECT
  "t25"."person_id",
  "t25"."benefit",
  'sick_rehabilitation_team' AS "kind",
  'sick_rehabilitation_team' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t25"."window_start" >= MAKE_DATE(2025, 1, 1)
    THEN 'L 74 (2024-25), § 1 (ophævelse af § 12, stk. 1, nr. 3); BM – Aftale forenkler og målretter sygedagpengesystemet (14.3.2024)'
    WHEN "t25"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 d, stk. 3, 2. pkt. (LBK nr. 1712 af 20.8.2021); Sygedagpengeloven § 13 d (elov); Sygedagpengeloven § 12 (visitationskategorier; visitation ved opfølgning)'
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
        'sick_rehabilitation_team'
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
    "t24"."visitation_date",
    "t24"."window_start",
    "t24"."_weeks",
    "t24"."due_date",
    "t24"."fulfilled_date",
    (
      "t24"."_weeks" IS NOT NULL
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
    FALSE AS "is_exempt",
    CASE
      WHEN "t24"."_weeks" IS NULL
      THEN CASE
        WHEN CAST("t24"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t24"."window_start" AS TEXT),
          ': ingen frist for rehabiliteringsteamet (kategori 3 ikke i kraft)'
        )
      END
      WHEN "t24"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t24"."window_start" AS TEXT) IS NULL
        OR CAST("t24"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t24"."window_start" AS TEXT),
          '; behandlet i rehabiliteringsteamet ',
          CAST("t24"."fulfilled_date" AS TEXT)
        )
      END
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
        WHEN CAST("t24"."window_start" AS TEXT) IS NULL
        OR CAST("t24"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t24"."window_start" AS TEXT),
          '; sygedagpengeforløbet sluttede ',
          CAST("t24"."end_date" AS TEXT),
          ' før fristen'
        )
      END
      ELSE CASE
        WHEN CAST("t24"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t24"."window_start" AS TEXT),
          '; ingen behandling i rehabiliteringsteamet'
        )
      END
    END AS "evidence"
  FROM (
    SELECT
      "t23".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t20"."early_followup_request_date",
        "t20"."education_order",
        "t20"."periods",
        "t20"."visitation_date",
        "t20"."window_start",
        "t20"."_weeks",
        "t20"."due_date",
        "t22"."person_id" AS "person_id_right",
        "t22"."benefit" AS "benefit_right",
        "t22"."start_date" AS "start_date_right",
        "t22"."fulfilled_date"
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
          "t15"."early_followup_request_date",
          "t15"."education_order",
          "t15"."periods",
          "t15"."visitation_date",
          "t15"."visitation_date" AS "window_start",
          CASE
            WHEN "t15"."visitation_date" >= MAKE_DATE(2025, 1, 1)
            THEN CAST(NULL AS BIGINT)
            WHEN "t15"."visitation_date" >= MAKE_DATE(2015, 1, 1)
            THEN 4
            ELSE CAST(NULL AS BIGINT)
          END AS "_weeks",
          CAST(CAST("t15"."visitation_date" + TO_DAYS(
            CASE
              WHEN "t15"."visitation_date" >= MAKE_DATE(2025, 1, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t15"."visitation_date" >= MAKE_DATE(2015, 1, 1)
              THEN 4
              ELSE CAST(NULL AS BIGINT)
            END * 7
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t14" AS "t15"
      ) AS "t20"
      LEFT OUTER JOIN (
        SELECT
          "t18"."person_id",
          "t18"."benefit",
          "t18"."start_date",
          MIN("t18"."_date") AS "fulfilled_date"
        FROM (
          SELECT
            "t17"."person_id",
            "t17"."benefit",
            "t17"."start_date",
            "t17"."_ws",
            "t17"."_last",
            "t9"."_pid",
            "t9"."_date"
          FROM (
            SELECT
              "t15"."person_id",
              "t15"."benefit",
              "t15"."start_date",
              "t15"."visitation_date" AS "_ws",
              COALESCE("t15"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t14" AS "t15"
          ) AS "t17"
          INNER JOIN (
            SELECT
              "t1"."person_id" AS "_pid",
              "t1"."date" AS "_date"
            FROM "conversations" AS "t1"
            WHERE
              "t1"."status" = 'afholdt'
              AND "t1"."kind" = 'rehabiliteringsteam'
              AND "t1"."date" <= CAST($as_of AS DATE)
          ) AS "t9"
            ON "t17"."person_id" = "t9"."_pid"
            AND "t9"."_date" >= "t17"."_ws"
            AND "t9"."_date" <= "t17"."_last"
        ) AS "t18"
        GROUP BY
          1,
          2,
          3
      ) AS "t22"
        ON "t20"."person_id" = "t22"."person_id"
        AND "t20"."benefit" = "t22"."benefit"
        AND "t20"."start_date" = "t22"."start_date"
    ) AS "t23"
  ) AS "t24"
) AS "t25"
