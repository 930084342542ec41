WITH "t3" AS (
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
    COALESCE("t0"."first_contact_date", "t0"."start_date") AS "window_start"
  FROM "_tilsyn_benefit_spells" AS "t0"
  WHERE
    "t0"."benefit" IN ('kontanthjaelp', 'ledighedsydelse', 'uddannelseshjaelp')
)
SELECT
  "t28"."person_id",
  "t28"."benefit",
  'first_interview' AS "kind",
  'first_interview' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t28"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025 (reform af beskæftigelsesindsatsen); STAR, spørgsmål og svar om reformen'
    WHEN "t28"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 5 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t28"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31, stk. 3 (LBK nr. 701 af 2022)'
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
        'first_interview'
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
    "t27"."in_force",
    "t27"."due0",
    "t27"."exemption_start",
    "t27"."exemption_end",
    "t27"."exemption_reason",
    "t27"."due_date",
    "t27"."person_id_right",
    "t27"."benefit_right",
    "t27"."start_date_right",
    "t27"."fulfilled_date",
    "t27"."held_text",
    "t27"."in_force"
    AND NOT (
      (
        "t27"."end_date" IS NOT NULL
      )
      AND (
        "t27"."end_date" < "t27"."due_date"
      )
      AND (
        "t27"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t27"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t27"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN CASE
        WHEN "t27"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t27"."exemption_start" AS TEXT) IS NULL
          OR CAST("t27"."exemption_end" AS TEXT) IS NULL
          OR "t27"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t27"."exemption_start" AS TEXT),
            '–',
            CAST("t27"."exemption_end" AS TEXT),
            ' (',
            "t27"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t27"."fulfilled_date" IS NOT NULL
        THEN "t27"."held_text"
        WHEN (
          "t27"."end_date" IS NOT NULL
        )
        AND (
          "t27"."end_date" < "t27"."due_date"
        )
        AND (
          "t27"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t27"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t27"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END
      ELSE CASE
        WHEN "t27"."fulfilled_date" IS NOT NULL
        THEN "t27"."held_text"
        WHEN (
          "t27"."end_date" IS NOT NULL
        )
        AND (
          "t27"."end_date" < "t27"."due_date"
        )
        AND (
          "t27"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t27"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t27"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'ingen afholdt individuel jobsamtale'
      END || '; ' || CASE
        WHEN "t27"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t27"."exemption_start" AS TEXT) IS NULL
          OR CAST("t27"."exemption_end" AS TEXT) IS NULL
          OR "t27"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t27"."exemption_start" AS TEXT),
            '–',
            CAST("t27"."exemption_end" AS TEXT),
            ' (',
            "t27"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t26"."person_id",
      "t26"."benefit",
      "t26"."start_date",
      "t26"."end_date",
      "t26"."first_contact_date",
      "t26"."target_group",
      "t26"."first_absence_date",
      "t26"."sickness_category",
      "t26"."employed",
      "t26"."handover_date",
      "t26"."expected_absence_weeks",
      "t26"."work_obligation",
      "t26"."municipality",
      "t26"."early_followup_request_date",
      "t26"."education_order",
      "t26"."periods",
      "t26"."window_start",
      "t26"."in_force",
      "t26"."due0",
      "t26"."exemption_start",
      "t26"."exemption_end",
      "t26"."exemption_reason",
      "t26"."due_date",
      "t20"."person_id" AS "person_id_right",
      "t20"."benefit" AS "benefit_right",
      "t20"."start_date" AS "start_date_right",
      "t20"."fulfilled_date",
      "t20"."held_text"
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
        "t24"."in_force",
        "t24"."due0",
        "t24"."exemption_start",
        "t24"."exemption_end",
        "t24"."exemption_reason",
        CASE
          WHEN "t24"."exemption_end" IS NOT NULL
          THEN CAST(CAST("t24"."exemption_end" + TO_DAYS(
            COALESCE(
              CASE
                WHEN "t24"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 7
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
          ELSE "t24"."due0"
        END AS "due_date"
      FROM (
        SELECT
          "t23".*
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
            "t14"."early_followup_request_date",
            "t14"."education_order",
            "t14"."periods",
            "t14"."window_start",
            "t14"."in_force",
            "t14"."due0",
            "t22"."person_id" AS "person_id_right",
            "t22"."benefit" AS "benefit_right",
            "t22"."start_date" AS "start_date_right",
            "t22"."exemption_start",
            "t22"."exemption_end",
            "t22"."exemption_reason"
          FROM (
            SELECT
              "t6"."person_id",
              "t6"."benefit",
              "t6"."start_date",
              "t6"."end_date",
              "t6"."first_contact_date",
              "t6"."target_group",
              "t6"."first_absence_date",
              "t6"."sickness_category",
              "t6"."employed",
              "t6"."handover_date",
              "t6"."expected_absence_weeks",
              "t6"."work_obligation",
              "t6"."municipality",
              "t6"."early_followup_request_date",
              "t6"."education_order",
              "t6"."periods",
              "t6"."window_start",
              (
                CASE
                  WHEN "t6"."window_start" >= MAKE_DATE(2026, 7, 1)
                  THEN 7
                  WHEN "t6"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN 7
                  WHEN "t6"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN 7
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t6"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN ['kontanthjaelp', 'ledighedsydelse']
                    WHEN "t6"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN ['kontanthjaelp', 'uddannelseshjaelp']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t6"."benefit"
                ),
                FALSE
              )
              AND (
                (
                  "t6"."target_group" IS NULL
                )
                OR COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t6"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN ['jobparat']
                      WHEN "t6"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN ['jobparat', 'aktivitetsparat', 'uddannelsesparat']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t6"."target_group"
                  ),
                  FALSE
                )
              ) AS "in_force",
              CAST(CAST("t6"."window_start" + TO_DAYS(
                COALESCE(
                  CASE
                    WHEN "t6"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 7
                    WHEN "t6"."window_start" >= MAKE_DATE(2024, 1, 1)
                    THEN 7
                    WHEN "t6"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 7
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                )
              ) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t3" AS "t6"
          ) AS "t14"
          LEFT OUTER JOIN (
            SELECT
              "t18"."person_id",
              "t18"."benefit",
              "t18"."start_date",
              FIRST("t18"."_ex_start" ORDER BY "t18"."_ex_end" DESC) AS "exemption_start",
              MAX("t18"."_ex_end") AS "exemption_end",
              FIRST("t18"."_ex_reason" ORDER BY "t18"."_ex_end" DESC) AS "exemption_reason"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t15"."person_id",
                  "t15"."benefit",
                  "t15"."start_date",
                  "t15"."_day",
                  "t15"."_ws",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t6"."person_id",
                    "t6"."benefit",
                    "t6"."start_date",
                    CAST(CAST("t6"."window_start" + TO_DAYS(
                      COALESCE(
                        CASE
                          WHEN "t6"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 7
                          WHEN "t6"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 7
                          WHEN "t6"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 7
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_day",
                    "t6"."window_start" AS "_ws"
                  FROM "t3" AS "t6"
                ) AS "t15"
                INNER JOIN (
                  SELECT
                    "t2"."person_id" AS "_pid",
                    "t2"."start_date" AS "_ex_start",
                    "t2"."end_date" AS "_ex_end",
                    "t2"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t2"
                  WHERE
                    "t2"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t15"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t15"."_day"
                  AND "t8"."_ex_end" >= "t15"."_day"
              ) AS "t16"
              WHERE
                NOT (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t16"."_ws" >= MAKE_DATE(2026, 7, 1)
                        THEN ['selv_job']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t16"."_ex_reason"
                    ),
                    FALSE
                  )
                )
            ) AS "t18"
            GROUP BY
              1,
              2,
              3
          ) AS "t22"
            ON "t14"."person_id" = "t22"."person_id"
            AND "t14"."benefit" = "t22"."benefit"
            AND "t14"."start_date" = "t22"."start_date"
        ) AS "t23"
      ) AS "t24"
    ) AS "t26"
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
            ELSE CONCAT(CAST("t17"."date" AS TEXT), '|', "t17"."description")
          END
        ) AS "held_text"
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
          "t11"."date",
          CASE
            WHEN "t11"."kind" IS NULL
            OR CAST("t11"."date" AS TEXT) IS NULL
            OR "t11"."form" IS NULL
            OR "t11"."held_by" IS NULL
            THEN NULL
            ELSE CONCAT("t11"."kind", ' ', CAST("t11"."date" AS TEXT), ' (', "t11"."form", ', ', "t11"."held_by", ')')
          END AS "description"
        FROM (
          SELECT
            "t10"."person_id",
            "t10"."benefit",
            "t10"."start_date",
            "t10"."window_start",
            "t10"."_first",
            "t10"."_last",
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
              "t6"."person_id",
              "t6"."benefit",
              "t6"."start_date",
              "t6"."window_start",
              "t6"."window_start" AS "_first",
              COALESCE("t6"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t3" AS "t6"
          ) AS "t10"
          INNER JOIN (
            SELECT
              *
            FROM "conversations" AS "t1"
            WHERE
              "t1"."status" = 'afholdt'
              AND COALESCE("t1"."individual", TRUE)
              AND "t1"."date" <= CAST($as_of AS DATE)
              AND "t1"."kind" IN ('jobsamtale')
          ) AS "t7"
            ON "t10"."person_id" = "t7"."person_id"
            AND "t7"."date" >= "t10"."_first"
            AND "t7"."date" <= "t10"."_last"
        ) AS "t11"
        WHERE
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t11"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['jobcenter', 'anden_aktoer']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t11"."held_by"
            ),
            FALSE
          )
          AND COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t11"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['personligt', 'telefon', 'video']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t11"."form"
            ),
            FALSE
          )
      ) AS "t17"
      GROUP BY
        1,
        2,
        3
    ) AS "t20"
      ON "t26"."person_id" = "t20"."person_id"
      AND "t26"."benefit" = "t20"."benefit"
      AND "t26"."start_date" = "t20"."start_date"
  ) AS "t27"
) AS "t28"
