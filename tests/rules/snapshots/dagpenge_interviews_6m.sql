SELECT
  "t36"."person_id",
  "t36"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.3.0' AS "rule_version",
  CASE
    WHEN "t36"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t36"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t36"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t36"."window_start",
  CASE
    WHEN COALESCE("t36"."is_applicable", FALSE)
    THEN "t36"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t36"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t36"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t36"."fulfilled_date" <= "t36"."due_date"
    )
    THEN 'met'
    WHEN "t36"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t36"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t36"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t36"."is_applicable", FALSE)
    THEN "t36"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t36"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t36"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t36"."fulfilled_date" > "t36"."due_date"
    )
    THEN DATE_DIFF('DAY', "t36"."due_date", "t36"."fulfilled_date")
    WHEN NOT (
      "t36"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t36"."is_exempt", FALSE)
    )
    AND (
      "t36"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t36"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t36"."is_applicable", FALSE)
              THEN "t36"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t36"."window_start"
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
              WHEN COALESCE("t36"."is_applicable", FALSE)
              THEN "t36"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t36"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t36"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t35"."person_id",
    "t35"."benefit",
    "t35"."start_date",
    "t35"."end_date",
    "t35"."first_contact_date",
    "t35"."target_group",
    "t35"."first_absence_date",
    "t35"."sickness_category",
    "t35"."employed",
    "t35"."handover_date",
    "t35"."expected_absence_weeks",
    "t35"."work_obligation",
    "t35"."municipality",
    "t35"."early_followup_request_date",
    "t35"."education_order",
    "t35"."periods",
    "t35"."window_start",
    "t35"."required",
    "t35"."required_joint",
    "t35"."in_force",
    "t35"."_end_unconfirmed",
    "t35"."due0",
    "t35"."exempt_days",
    "t35"."exempt_now",
    "t35"."exemption_note",
    "t35"."due_date",
    "t35"."_count_from",
    "t35"."nth_date",
    "t35"."counted",
    "t35"."in_window",
    "t35"."listed",
    "t35"."joint_date",
    "t35"."joint_in_window",
    CASE
      WHEN "t35"."required_joint" = 0
      THEN "t35"."nth_date"
      WHEN (
        "t35"."nth_date" IS NOT NULL
      ) AND (
        "t35"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t35"."nth_date", "t35"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t35"."in_force"
    AND NOT (
      (
        "t35"."end_date" IS NOT NULL
      )
      AND (
        "t35"."end_date" < "t35"."due_date"
      )
      AND (
        CASE
          WHEN "t35"."required_joint" = 0
          THEN "t35"."nth_date"
          WHEN (
            "t35"."nth_date" IS NOT NULL
          ) AND (
            "t35"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t35"."nth_date", "t35"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t35"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t35"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t35"."end_date" IS NOT NULL
        )
        AND (
          "t35"."end_date" < "t35"."due_date"
        )
        AND (
          CASE
            WHEN "t35"."required_joint" = 0
            THEN "t35"."nth_date"
            WHEN (
              "t35"."nth_date" IS NOT NULL
            ) AND (
              "t35"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t35"."nth_date", "t35"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t35"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t35"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t35"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t35"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t35"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t35"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t35"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t35"."listed" IS NOT NULL
          THEN CASE WHEN "t35"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t35"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t35"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t35"."end_date" AS TEXT))
        END
        WHEN "t35"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t35"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t35"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t35"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t35"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t35"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t35"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t35"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t35"."listed" IS NOT NULL
          THEN CASE WHEN "t35"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t35"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t35"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t35"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t35"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t35"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t35"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t35"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t35"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t35"."listed" IS NOT NULL
          THEN CASE WHEN "t35"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t35"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t35"."end_date" IS NOT NULL
        )
        AND (
          "t35"."end_date" < "t35"."due_date"
        )
        AND (
          CASE
            WHEN "t35"."required_joint" = 0
            THEN "t35"."nth_date"
            WHEN (
              "t35"."nth_date" IS NOT NULL
            ) AND (
              "t35"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t35"."nth_date", "t35"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t35"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t35"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t35"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t35"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t35"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t35"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t35"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t35"."listed" IS NOT NULL
          THEN CASE WHEN "t35"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t35"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t35"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t35"."end_date" AS TEXT))
        END
        WHEN "t35"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t35"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t35"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t35"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t35"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t35"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t35"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t35"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t35"."listed" IS NOT NULL
          THEN CASE WHEN "t35"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t35"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t35"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t35"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t35"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t35"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t35"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t35"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t35"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t35"."listed" IS NOT NULL
          THEN CASE WHEN "t35"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t35"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t35"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t35"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t34".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t33"."person_id",
        "t33"."benefit",
        "t33"."start_date",
        "t33"."end_date",
        "t33"."first_contact_date",
        "t33"."target_group",
        "t33"."first_absence_date",
        "t33"."sickness_category",
        "t33"."employed",
        "t33"."handover_date",
        "t33"."expected_absence_weeks",
        "t33"."work_obligation",
        "t33"."municipality",
        "t33"."early_followup_request_date",
        "t33"."education_order",
        "t33"."periods",
        "t33"."window_start",
        "t33"."required",
        "t33"."required_joint",
        "t33"."in_force",
        "t33"."_end_unconfirmed",
        "t33"."due0",
        "t33"."exempt_days",
        "t33"."exempt_now",
        "t33"."exemption_note",
        "t33"."due_date",
        "t33"."_count_from",
        "t33"."nth_date",
        "t33"."counted",
        "t33"."in_window",
        "t33"."listed",
        "t29"."person_id" AS "person_id_right",
        "t29"."benefit" AS "benefit_right",
        "t29"."start_date" AS "start_date_right",
        "t29"."joint_date",
        "t29"."joint_in_window"
      FROM (
        SELECT
          "t31".*
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
            "t2"."_count_from",
            "t30"."person_id" AS "person_id_right",
            "t30"."benefit" AS "benefit_right",
            "t30"."start_date" AS "start_date_right",
            "t30"."nth_date",
            "t30"."counted",
            "t30"."in_window",
            "t30"."listed"
          FROM "_tilsyn_dagpenge_interviews_6m_due" AS "t2"
          LEFT OUTER JOIN (
            SELECT
              "t26"."person_id",
              "t26"."benefit",
              "t26"."start_date",
              CASE
                WHEN "t26"."_held" >= "t26"."_n"
                THEN CAST(SUBSTRING(
                  LIST_EXTRACT("t26"."_events", (
                    "t26"."_n" - 1
                  ) + CAST((
                    "t26"."_n" - 1
                  ) >= 0 AS BIGINT)),
                  CASE
                    WHEN (
                      0 + 1
                    ) >= 1
                    THEN 0 + 1
                    ELSE 0 + 1 + LENGTH(
                      LIST_EXTRACT("t26"."_events", (
                        "t26"."_n" - 1
                      ) + CAST((
                        "t26"."_n" - 1
                      ) >= 0 AS BIGINT))
                    )
                  END,
                  10
                ) AS DATE)
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              LEAST("t26"."_held", "t26"."_n") AS "counted",
              LEAST("t26"."_by_due", "t26"."_n") AS "in_window",
              REGEXP_REPLACE(
                ARRAY_TO_STRING(
                  LIST_SLICE("t26"."_events", 1, CASE WHEN "t26"."_n" < 0 THEN "t26"."_n" - 1 ELSE "t26"."_n" END),
                  ', '
                ),
                '\d{4}-\d{2}-\d{2}\|',
                '',
                'g'
              ) AS "listed"
            FROM (
              SELECT
                "t24"."person_id",
                "t24"."benefit",
                "t24"."start_date",
                LIST_SORT(
                  ARRAY_AGG(
                    CASE
                      WHEN CAST("t24"."date" AS TEXT) IS NULL OR "t24"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t24"."date" AS TEXT), '|', "t24"."description")
                    END
                  ) FILTER(WHERE
                    CASE
                      WHEN CAST("t24"."date" AS TEXT) IS NULL OR "t24"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t24"."date" AS TEXT), '|', "t24"."description")
                    END IS NOT NULL)
                ) AS "_events",
                COUNT(*) AS "_held",
                SUM(CAST("t24"."date" <= "t24"."_due" AS INT)) AS "_by_due",
                CAST(MAX("t24"."_n") AS INT) AS "_n"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t20"."person_id",
                    "t20"."benefit",
                    "t20"."start_date",
                    "t20"."date",
                    "t20"."description",
                    "t6"."_n",
                    "t6"."_due"
                  FROM (
                    SELECT
                      "t16"."person_id",
                      "t16"."benefit",
                      "t16"."start_date",
                      "t16"."date",
                      CASE
                        WHEN "t16"."kind" IS NULL
                        OR CAST("t16"."date" AS TEXT) IS NULL
                        OR "t16"."form" IS NULL
                        OR "t16"."held_by" IS NULL
                        THEN NULL
                        ELSE CONCAT("t16"."kind", ' ', CAST("t16"."date" AS TEXT), ' (', "t16"."form", ', ', "t16"."held_by", ')')
                      END AS "description"
                    FROM (
                      SELECT
                        "t12"."person_id",
                        "t12"."benefit",
                        "t12"."start_date",
                        "t12"."window_start",
                        "t12"."_first",
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
                          "t0"."person_id",
                          "t0"."benefit",
                          "t0"."start_date",
                          "t0"."window_start",
                          "t0"."_count_from" AS "_first",
                          COALESCE("t0"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM "_tilsyn_dagpenge_interviews_6m_due" AS "t0"
                      ) AS "t12"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t1"
                        WHERE
                          "t1"."status" = 'afholdt'
                          AND COALESCE("t1"."individual", TRUE)
                          AND "t1"."date" <= CAST($as_of AS DATE)
                          AND "t1"."kind" IN ('jobsamtale', 'faellessamtale')
                      ) AS "t14"
                        ON "t12"."person_id" = "t14"."person_id"
                        AND "t14"."date" >= "t12"."_first"
                        AND "t14"."date" <= "t12"."_last"
                    ) AS "t16"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t16"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                            WHEN "t16"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t16"."form"
                        ),
                        FALSE
                      )
                  ) AS "t20"
                  INNER JOIN (
                    SELECT
                      "t0"."person_id",
                      "t0"."benefit",
                      "t0"."start_date",
                      "t0"."required" AS "_n",
                      "t0"."due_date" AS "_due"
                    FROM "_tilsyn_dagpenge_interviews_6m_due" AS "t0"
                  ) AS "t6"
                    ON "t20"."person_id" = "t6"."person_id"
                    AND "t20"."benefit" = "t6"."benefit"
                    AND "t20"."start_date" = "t6"."start_date"
                ) AS "t22"
                WHERE
                  "t22"."_n" > 0
              ) AS "t24"
              GROUP BY
                1,
                2,
                3
            ) AS "t26"
          ) AS "t30"
            ON "t2"."person_id" = "t30"."person_id"
            AND "t2"."benefit" = "t30"."benefit"
            AND "t2"."start_date" = "t30"."start_date"
        ) AS "t31"
      ) AS "t33"
      LEFT OUTER JOIN (
        SELECT
          "t25"."person_id",
          "t25"."benefit",
          "t25"."start_date",
          CASE
            WHEN "t25"."_held" >= "t25"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT("t25"."_events", (
                "t25"."_n" - 1
              ) + CAST((
                "t25"."_n" - 1
              ) >= 0 AS BIGINT)),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT("t25"."_events", (
                    "t25"."_n" - 1
                  ) + CAST((
                    "t25"."_n" - 1
                  ) >= 0 AS BIGINT))
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "joint_date",
          LEAST("t25"."_by_due", "t25"."_n") AS "joint_in_window"
        FROM (
          SELECT
            "t23"."person_id",
            "t23"."benefit",
            "t23"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t23"."date" AS TEXT) IS NULL OR "t23"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t23"."date" AS TEXT), '|', "t23"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t23"."date" AS TEXT) IS NULL OR "t23"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t23"."date" AS TEXT), '|', "t23"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t23"."date" <= "t23"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t23"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t19"."person_id",
                "t19"."benefit",
                "t19"."start_date",
                "t19"."date",
                "t19"."description",
                "t5"."_n",
                "t5"."_due"
              FROM (
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
                    "t11"."person_id",
                    "t11"."benefit",
                    "t11"."start_date",
                    "t11"."window_start",
                    "t11"."_first",
                    "t11"."_last",
                    "t13"."person_id" AS "person_id_right",
                    "t13"."date",
                    "t13"."kind",
                    "t13"."form",
                    "t13"."held_by",
                    "t13"."status",
                    "t13"."individual",
                    "t13"."caseworker_id",
                    "t13"."purpose"
                  FROM (
                    SELECT
                      "t0"."person_id",
                      "t0"."benefit",
                      "t0"."start_date",
                      "t0"."window_start",
                      "t0"."window_start" AS "_first",
                      COALESCE("t0"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM "_tilsyn_dagpenge_interviews_6m_due" AS "t0"
                  ) AS "t11"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('faellessamtale')
                  ) AS "t13"
                    ON "t11"."person_id" = "t13"."person_id"
                    AND "t13"."date" >= "t11"."_first"
                    AND "t13"."date" <= "t11"."_last"
                ) AS "t15"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t15"."window_start" >= MAKE_DATE(2020, 1, 1)
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
                        WHEN "t15"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t15"."form"
                    ),
                    FALSE
                  )
              ) AS "t19"
              INNER JOIN (
                SELECT
                  "t0"."person_id",
                  "t0"."benefit",
                  "t0"."start_date",
                  "t0"."required_joint" AS "_n",
                  "t0"."due_date" AS "_due"
                FROM "_tilsyn_dagpenge_interviews_6m_due" AS "t0"
              ) AS "t5"
                ON "t19"."person_id" = "t5"."person_id"
                AND "t19"."benefit" = "t5"."benefit"
                AND "t19"."start_date" = "t5"."start_date"
            ) AS "t21"
            WHERE
              "t21"."_n" > 0
          ) AS "t23"
          GROUP BY
            1,
            2,
            3
        ) AS "t25"
      ) AS "t29"
        ON "t33"."person_id" = "t29"."person_id"
        AND "t33"."benefit" = "t29"."benefit"
        AND "t33"."start_date" = "t29"."start_date"
    ) AS "t34"
  ) AS "t35"
) AS "t36"
