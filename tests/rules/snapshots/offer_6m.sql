SELECT
  "t27"."person_id",
  "t27"."benefit",
  'offer_6m' AS "kind",
  'offer_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t27"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, svar på spørgsmål fra webinar 21.1.2026 (tilbud til 75 %)'
    WHEN "t27"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 102, stk. 1'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t27"."window_start",
  CASE
    WHEN COALESCE("t27"."is_applicable", FALSE)
    THEN "t27"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t27"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t27"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t27"."fulfilled_date" <= COALESCE("t27"."on_time_until", "t27"."due_date")
    )
    THEN 'met'
    WHEN "t27"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t27"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t27"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t27"."is_applicable", FALSE)
    THEN "t27"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t27"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t27"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t27"."fulfilled_date" > COALESCE("t27"."on_time_until", "t27"."due_date")
    )
    THEN DATE_DIFF('DAY', COALESCE("t27"."on_time_until", "t27"."due_date"), "t27"."fulfilled_date")
    WHEN NOT (
      "t27"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t27"."is_exempt", FALSE)
    )
    AND (
      "t27"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t27"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t27"."is_applicable", FALSE)
              THEN "t27"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t27"."window_start"
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
              WHEN COALESCE("t27"."is_applicable", FALSE)
              THEN "t27"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t27"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'offer_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t27"."evidence", '') AS "evidence"
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
    "t26"."_end_unconfirmed",
    "t26"."due0",
    "t26"."exemption_start",
    "t26"."exemption_end",
    "t26"."exemption_reason",
    "t26"."due_date",
    "t26"."fulfilled_date",
    "t26"."offer_kind",
    "t26"."offer_end",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['loentilskud']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t26"."offer_kind"
        ),
        FALSE
      )
      THEN CAST(CAST("t26"."due_date" + TO_DAYS(
        COALESCE(
          CASE
            WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 3
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        ) * 7
      ) AS TIMESTAMP) AS DATE)
      ELSE "t26"."due_date"
    END AS "on_time_until",
    "t26"."in_force"
    AND NOT (
      (
        "t26"."end_date" IS NOT NULL
      )
      AND (
        "t26"."end_date" < "t26"."due_date"
      )
      AND (
        "t26"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t26"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t26"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN "t26"."_end_unconfirmed"
      THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CASE
        WHEN "t26"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t26"."offer_kind" IS NULL
          OR CAST("t26"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t26"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t26"."offer_kind",
            ' ',
            CAST("t26"."fulfilled_date" AS TEXT),
            '–',
            CAST("t26"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t26"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t26"."end_date" IS NOT NULL
        )
        AND (
          "t26"."end_date" < "t26"."due_date"
        )
        AND (
          "t26"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t26"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t26"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      WHEN CASE
        WHEN "t26"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t26"."exemption_start" AS TEXT) IS NULL
          OR CAST("t26"."exemption_end" AS TEXT) IS NULL
          OR "t26"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t26"."exemption_start" AS TEXT),
            '–',
            CAST("t26"."exemption_end" AS TEXT),
            ' (',
            "t26"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t26"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t26"."offer_kind" IS NULL
          OR CAST("t26"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t26"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t26"."offer_kind",
            ' ',
            CAST("t26"."fulfilled_date" AS TEXT),
            '–',
            CAST("t26"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t26"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t26"."end_date" IS NOT NULL
        )
        AND (
          "t26"."end_date" < "t26"."due_date"
        )
        AND (
          "t26"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t26"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t26"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      ELSE CASE
        WHEN "t26"."fulfilled_date" IS NOT NULL
        THEN CASE
          WHEN "t26"."offer_kind" IS NULL
          OR CAST("t26"."fulfilled_date" AS TEXT) IS NULL
          OR CAST("t26"."offer_end" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(
            "t26"."offer_kind",
            ' ',
            CAST("t26"."fulfilled_date" AS TEXT),
            '–',
            CAST("t26"."offer_end" AS TEXT)
          )
        END || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t26"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t26"."end_date" IS NOT NULL
        )
        AND (
          "t26"."end_date" < "t26"."due_date"
        )
        AND (
          "t26"."fulfilled_date" IS NULL
        )
        THEN CASE
          WHEN CAST("t26"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('ydelsesforløbet sluttede ', CAST("t26"."end_date" AS TEXT), ' før fristen')
        END
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END || '; ' || CASE
        WHEN "t26"."exemption_end" IS NOT NULL
        THEN CASE
          WHEN CAST("t26"."exemption_start" AS TEXT) IS NULL
          OR CAST("t26"."exemption_end" AS TEXT) IS NULL
          OR "t26"."exemption_reason" IS NULL
          THEN NULL
          ELSE CONCAT(
            'fritaget ',
            CAST("t26"."exemption_start" AS TEXT),
            '–',
            CAST("t26"."exemption_end" AS TEXT),
            ' (',
            "t26"."exemption_reason",
            ')'
          )
        END
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t25".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t24"."_end_unconfirmed",
        "t24"."due0",
        "t24"."exemption_start",
        "t24"."exemption_end",
        "t24"."exemption_reason",
        "t24"."due_date",
        "t22"."person_id" AS "person_id_right",
        "t22"."benefit" AS "benefit_right",
        "t22"."start_date" AS "start_date_right",
        "t22"."fulfilled_date",
        "t22"."offer_kind",
        "t22"."offer_end"
      FROM (
        SELECT
          "t19"."person_id",
          "t19"."benefit",
          "t19"."start_date",
          "t19"."end_date",
          "t19"."first_contact_date",
          "t19"."target_group",
          "t19"."first_absence_date",
          "t19"."sickness_category",
          "t19"."employed",
          "t19"."handover_date",
          "t19"."expected_absence_weeks",
          "t19"."work_obligation",
          "t19"."municipality",
          "t19"."early_followup_request_date",
          "t19"."education_order",
          "t19"."periods",
          "t19"."window_start",
          "t19"."in_force",
          "t19"."_end_unconfirmed",
          "t19"."due0",
          "t19"."exemption_start",
          "t19"."exemption_end",
          "t19"."exemption_reason",
          CASE
            WHEN "t19"."exemption_end" IS NOT NULL
            THEN CAST(CAST("t19"."exemption_end" + TO_MONTHS(
              CASE
                WHEN "t19"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 1
                ELSE CAST(NULL AS BIGINT)
              END
            ) AS TIMESTAMP) AS DATE)
            ELSE "t19"."due0"
          END AS "due_date"
        FROM (
          SELECT
            "t18".*
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
              "t4"."in_force",
              "t4"."_end_unconfirmed",
              "t4"."due0",
              "t16"."person_id" AS "person_id_right",
              "t16"."benefit" AS "benefit_right",
              "t16"."start_date" AS "start_date_right",
              "t16"."exemption_start",
              "t16"."exemption_end",
              "t16"."exemption_reason"
            FROM "_tilsyn_offer_6m_due0" AS "t4"
            LEFT OUTER JOIN (
              SELECT
                "t12"."person_id",
                "t12"."benefit",
                "t12"."start_date",
                FIRST("t12"."_ex_start" ORDER BY "t12"."_ex_end" DESC) AS "exemption_start",
                MAX("t12"."_ex_end") AS "exemption_end",
                FIRST("t12"."_ex_reason" ORDER BY "t12"."_ex_end" DESC) AS "exemption_reason"
              FROM (
                SELECT
                  "t6"."person_id",
                  "t6"."benefit",
                  "t6"."start_date",
                  "t6"."_day",
                  "t10"."_pid",
                  "t10"."_ex_start",
                  "t10"."_ex_end",
                  "t10"."_ex_reason"
                FROM (
                  SELECT
                    "t0"."person_id",
                    "t0"."benefit",
                    "t0"."start_date",
                    "t0"."due0" AS "_day"
                  FROM "_tilsyn_offer_6m_due0" AS "t0"
                ) AS "t6"
                INNER JOIN (
                  SELECT
                    "t3"."person_id" AS "_pid",
                    "t3"."start_date" AS "_ex_start",
                    "t3"."end_date" AS "_ex_end",
                    "t3"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t3"
                  WHERE
                    "t3"."start_date" <= CAST($as_of AS DATE)
                ) AS "t10"
                  ON "t6"."person_id" = "t10"."_pid"
                  AND "t10"."_ex_start" <= "t6"."_day"
                  AND "t10"."_ex_end" >= "t6"."_day"
              ) AS "t12"
              GROUP BY
                1,
                2,
                3
            ) AS "t16"
              ON "t4"."person_id" = "t16"."person_id"
              AND "t4"."benefit" = "t16"."benefit"
              AND "t4"."start_date" = "t16"."start_date"
          ) AS "t18"
        ) AS "t19"
      ) AS "t24"
      LEFT OUTER JOIN (
        SELECT
          "t20"."person_id",
          "t20"."benefit",
          "t20"."start_date",
          MIN("t20"."_start") AS "fulfilled_date",
          FIRST("t20"."_kind" ORDER BY "t20"."_start") AS "offer_kind",
          FIRST("t20"."_end" ORDER BY "t20"."_start") AS "offer_end"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t14"."person_id",
              "t14"."benefit",
              "t14"."start_date",
              "t14"."_ws",
              "t14"."_last",
              "t9"."_pid",
              "t9"."_kind",
              "t9"."_start",
              "t9"."_end"
            FROM (
              SELECT
                "t11"."person_id",
                "t11"."benefit",
                "t11"."start_date",
                "t11"."window_start" AS "_ws",
                COALESCE("t11"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM (
                SELECT
                  "t1"."person_id",
                  "t1"."benefit",
                  "t1"."start_date",
                  "t1"."end_date",
                  "t1"."first_contact_date",
                  "t1"."target_group",
                  "t1"."first_absence_date",
                  "t1"."sickness_category",
                  "t1"."employed",
                  "t1"."handover_date",
                  "t1"."expected_absence_weeks",
                  "t1"."work_obligation",
                  "t1"."municipality",
                  "t1"."early_followup_request_date",
                  "t1"."education_order",
                  "t1"."periods",
                  CASE
                    WHEN COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
                          THEN ['kontanthjaelp', 'uddannelseshjaelp']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t1"."benefit"
                      ),
                      FALSE
                    )
                    THEN COALESCE("t1"."first_contact_date", "t1"."start_date")
                    ELSE "t1"."start_date"
                  END AS "window_start"
                FROM "_tilsyn_benefit_spells" AS "t1"
                WHERE
                  "t1"."benefit" IN ('dagpenge', 'kontanthjaelp')
              ) AS "t11"
            ) AS "t14"
            INNER JOIN (
              SELECT
                "t2"."person_id" AS "_pid",
                "t2"."kind" AS "_kind",
                "t2"."start_date" AS "_start",
                "t2"."end_date" AS "_end"
              FROM "offers" AS "t2"
              WHERE
                "t2"."start_date" <= CAST($as_of AS DATE)
            ) AS "t9"
              ON "t14"."person_id" = "t9"."_pid"
              AND "t9"."_start" >= "t14"."_ws"
              AND "t9"."_start" <= "t14"."_last"
          ) AS "t17"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t17"."_ws" >= MAKE_DATE(2020, 1, 1)
                  THEN [
                    'virksomhedspraktik',
                    'loentilskud',
                    'vejledning_opkvalificering',
                    'nytteindsats'
                  ]
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t17"."_kind"
              ),
              FALSE
            )
            AND (
              DATE_DIFF('DAY', "t17"."_start", "t17"."_end") + 1
            ) >= (
              CASE WHEN "t17"."_ws" >= MAKE_DATE(2020, 1, 1) THEN 2 ELSE CAST(NULL AS BIGINT) END * 7
            )
        ) AS "t20"
        GROUP BY
          1,
          2,
          3
      ) AS "t22"
        ON "t24"."person_id" = "t22"."person_id"
        AND "t24"."benefit" = "t22"."benefit"
        AND "t24"."start_date" = "t22"."start_date"
    ) AS "t25"
  ) AS "t26"
) AS "t27"
