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
    COALESCE("t0"."first_absence_date", "t0"."start_date") AS "window_start",
    CASE
      WHEN COALESCE("t0"."first_absence_date", "t0"."start_date") >= MAKE_DATE(2014, 7, 1)
      THEN 22
      ELSE CAST(NULL AS BIGINT)
    END AS "_weeks",
    CASE
      WHEN COALESCE("t0"."employed", FALSE)
      THEN CAST(CAST(COALESCE("t0"."first_absence_date", "t0"."start_date") + TO_DAYS(
        COALESCE(
          CASE
            WHEN COALESCE("t0"."first_absence_date", "t0"."start_date") >= MAKE_DATE(2014, 7, 1)
            THEN 30
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        )
      ) AS TIMESTAMP) AS DATE)
      ELSE COALESCE("t0"."first_absence_date", "t0"."start_date")
    END AS "count_start"
  FROM "_tilsyn_benefit_spells" AS "t0"
  WHERE
    "t0"."benefit" IN ('sygedagpenge')
)
SELECT
  "t28"."person_id",
  "t28"."benefit",
  'sick_reassessment' AS "kind",
  'sick_reassessment' AS "rule_id",
  '1.1.0' AS "rule_version",
  CASE
    WHEN "t28"."window_start" >= MAKE_DATE(2014, 7, 1)
    THEN 'Sygedagpengeloven § 24, stk. 1 (ændringslov nr. 720 af 25.6.2014)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t28"."window_start",
  CASE
    WHEN COALESCE("t28"."is_applicable", FALSE)
    THEN "t28"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t28"."is_applicable", FALSE)
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
    WHEN COALESCE("t28"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t28"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t28"."is_applicable", FALSE)
    THEN "t28"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t28"."is_applicable", FALSE)
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
      COALESCE("t28"."is_exempt", FALSE)
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
              WHEN COALESCE("t28"."is_applicable", FALSE)
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
              WHEN COALESCE("t28"."is_applicable", FALSE)
              THEN "t28"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t28"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_reassessment'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t28"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t27"."person_id",
    "t27"."benefit",
    "t27"."start_date",
    "t27"."end_date",
    "t27"."first_contact_date",
    "t27"."target_group",
    "t27"."first_absence_date",
    "t27"."sickness_category",
    "t27"."employed",
    "t27"."handover_date",
    "t27"."expected_absence_weeks",
    "t27"."work_obligation",
    "t27"."municipality",
    "t27"."early_followup_request_date",
    "t27"."education_order",
    "t27"."periods",
    "t27"."window_start",
    "t27"."_weeks",
    "t27"."count_start",
    "t27"."earlier_days",
    "t27"."exceeded",
    "t27"."due_date",
    "t27"."fulfilled_date",
    "t27"."held_text",
    (
      "t27"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t27"."end_date" IS NOT NULL
      ) AND (
        "t27"."end_date" < "t27"."exceeded"
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t27"."_weeks" IS NULL
      THEN 'reglen var ikke i kraft på første fraværsdag'
      WHEN (
        "t27"."end_date" IS NOT NULL
      ) AND (
        "t27"."end_date" < "t27"."exceeded"
      )
      THEN CASE
        WHEN CAST("t27"."end_date" AS TEXT) IS NULL OR CAST("t27"."exceeded" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'sygedagpengeforløbet sluttede ',
          CAST("t27"."end_date" AS TEXT),
          ', før 22 uger blev overskredet ',
          CAST("t27"."exceeded" AS TEXT)
        )
      END
      WHEN "t27"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN "t27"."held_text" IS NULL
        OR CAST("t27"."exceeded" AS TEXT) IS NULL
        OR CAST("t27"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          "t27"."held_text",
          '; ',
          '22 uger overskrides ',
          CAST("t27"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t27"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t27"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t27"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t27"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t27"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t27"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t27"."due_date" AS TEXT))
      END
      ELSE CASE
        WHEN CAST("t27"."exceeded" AS TEXT) IS NULL
        OR CAST("t27"."count_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'ingen revurdering; ',
          '22 uger overskrides ',
          CAST("t27"."exceeded" AS TEXT),
          ' (opgjort fra ',
          CAST("t27"."count_start" AS TEXT)
        )
      END || CASE
        WHEN "t27"."earlier_days" > 0
        THEN CASE
          WHEN CAST("t27"."earlier_days" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            ', heraf ',
            CAST("t27"."earlier_days" AS TEXT),
            ' dage fra tidligere sygeperioder inden for '
          )
        END || CAST(CASE
          WHEN "t27"."window_start" >= MAKE_DATE(2014, 7, 1)
          THEN 9
          ELSE CAST(NULL AS BIGINT)
        END AS TEXT) || ' måneder'
        ELSE ''
      END || CASE
        WHEN CAST("t27"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('); udbetalingen ophører efter ', CAST("t27"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t26".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t25"."early_followup_request_date",
        "t25"."education_order",
        "t25"."periods",
        "t25"."window_start",
        "t25"."_weeks",
        "t25"."count_start",
        "t25"."earlier_days",
        "t25"."exceeded",
        "t25"."due_date",
        "t12"."person_id" AS "person_id_right",
        "t12"."benefit" AS "benefit_right",
        "t12"."start_date" AS "start_date_right",
        "t12"."fulfilled_date",
        "t12"."held_text"
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
          "t23"."_weeks",
          "t23"."count_start",
          "t23"."earlier_days",
          CAST(CAST("t23"."count_start" + TO_DAYS((
            COALESCE("t23"."_weeks", 0) * 7
          ) - "t23"."earlier_days") AS TIMESTAMP) AS DATE) AS "exceeded",
          CAST(CAST(CAST(CAST(DATE_TRUNC(
            'MONTH',
            CAST(CAST("t23"."count_start" + TO_DAYS((
              COALESCE("t23"."_weeks", 0) * 7
            ) - "t23"."earlier_days") AS TIMESTAMP) AS DATE)
          ) + TO_MONTHS(
            CASE
              WHEN CASE
                WHEN "t23"."window_start" >= MAKE_DATE(2014, 7, 1)
                THEN 'current_month_included'
                ELSE CAST(NULL AS TEXT)
              END = 'preceding_months_only'
              THEN 1
              ELSE 0
            END + 1
          ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t22".*
            EXCLUDE ("_from")
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
              "t21"."_weeks",
              "t21"."count_start",
              "t21"."_from",
              CAST(COALESCE("t21"."earlier_days", 0) AS INT) AS "earlier_days"
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
                  "t15"."early_followup_request_date",
                  "t15"."education_order",
                  "t15"."periods",
                  "t15"."window_start",
                  "t15"."_weeks",
                  "t15"."count_start",
                  "t15"."_from",
                  "t19"."person_id" AS "person_id_right",
                  "t19"."benefit" AS "benefit_right",
                  "t19"."start_date" AS "start_date_right",
                  "t19"."earlier_days"
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
                    "t8"."_weeks",
                    "t8"."count_start",
                    CAST(CAST(DATE_TRUNC('MONTH', "t8"."count_start") + TO_MONTHS(
                      -(
                        COALESCE(
                          CASE
                            WHEN "t8"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN 9
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_from"
                  FROM "t7" AS "t8"
                ) AS "t15"
                LEFT OUTER JOIN (
                  SELECT
                    "t17"."person_id",
                    "t17"."benefit",
                    "t17"."start_date",
                    SUM(
                      CASE
                        WHEN LEAST("t17"."_end", CAST(CAST("t17"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE)) >= GREATEST("t17"."_cs", "t17"."_from")
                        THEN DATE_DIFF(
                          'DAY',
                          GREATEST("t17"."_cs", "t17"."_from"),
                          LEAST("t17"."_end", CAST(CAST("t17"."_cs_now" + TO_DAYS(-1) AS TIMESTAMP) AS DATE))
                        ) + 1
                        ELSE 0
                      END
                    ) AS "earlier_days"
                  FROM (
                    SELECT
                      "t16"."person_id",
                      "t16"."benefit",
                      "t16"."start_date",
                      "t16"."_from",
                      "t16"."_cs_now",
                      "t16"."_adds",
                      "t10"."_pid",
                      "t10"."_cs",
                      "t10"."_ws2",
                      "t10"."_end"
                    FROM (
                      SELECT
                        "t8"."person_id",
                        "t8"."benefit",
                        "t8"."start_date",
                        CAST(CAST(DATE_TRUNC('MONTH', "t8"."count_start") + TO_MONTHS(
                          -(
                            COALESCE(
                              CASE
                                WHEN "t8"."window_start" >= MAKE_DATE(2014, 7, 1)
                                THEN 9
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_from",
                        "t8"."count_start" AS "_cs_now",
                        COALESCE(
                          CASE
                            WHEN "t8"."window_start" >= MAKE_DATE(2014, 7, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        ) AS "_adds"
                      FROM "t7" AS "t8"
                    ) AS "t16"
                    INNER JOIN (
                      SELECT
                        "t8"."person_id" AS "_pid",
                        "t8"."count_start" AS "_cs",
                        "t8"."window_start" AS "_ws2",
                        "t8"."end_date" AS "_end"
                      FROM "t7" AS "t8"
                      WHERE
                        "t8"."end_date" IS NOT NULL
                    ) AS "t10"
                      ON "t16"."person_id" = "t10"."_pid"
                      AND "t10"."_ws2" < "t16"."start_date"
                      AND "t10"."_end" >= "t16"."_from"
                      AND "t16"."_adds"
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
          ) AS "t22"
        ) AS "t23"
      ) AS "t25"
      LEFT OUTER JOIN (
        SELECT
          "t6"."person_id",
          "t6"."benefit",
          "t6"."start_date",
          MIN("t6"."date") AS "fulfilled_date",
          'revurdering ' || CAST(MIN("t6"."date") AS TEXT) || ' (' || FIRST("t6"."outcome" ORDER BY "t6"."date") || ')' AS "held_text"
        FROM (
          SELECT
            "t4"."person_id",
            "t4"."benefit",
            "t4"."start_date",
            "t4"."_ws",
            "t5"."person_id" AS "person_id_right",
            "t5"."date",
            "t5"."outcome"
          FROM (
            SELECT
              "t0"."person_id",
              "t0"."benefit",
              "t0"."start_date",
              COALESCE("t0"."first_absence_date", "t0"."start_date") AS "_ws"
            FROM "_tilsyn_benefit_spells" AS "t0"
            WHERE
              "t0"."benefit" IN ('sygedagpenge')
          ) AS "t4"
          INNER JOIN (
            SELECT
              *
            FROM "reassessments" AS "t1"
            WHERE
              "t1"."date" <= CAST($as_of AS DATE)
          ) AS "t5"
            ON "t4"."person_id" = "t5"."person_id" AND "t5"."date" >= "t4"."_ws"
        ) AS "t6"
        GROUP BY
          1,
          2,
          3
      ) AS "t12"
        ON "t25"."person_id" = "t12"."person_id"
        AND "t25"."benefit" = "t12"."benefit"
        AND "t25"."start_date" = "t12"."start_date"
    ) AS "t26"
  ) AS "t27"
) AS "t28"
