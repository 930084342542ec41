SELECT
  "t22"."person_id",
  "t22"."benefit",
  "t22"."start_date",
  "t22"."end_date",
  "t22"."first_contact_date",
  "t22"."target_group",
  "t22"."first_absence_date",
  "t22"."sickness_category",
  "t22"."employed",
  "t22"."handover_date",
  "t22"."expected_absence_weeks",
  "t22"."work_obligation",
  "t22"."municipality",
  "t22"."early_followup_request_date",
  "t22"."education_order",
  "t22"."periods",
  "t22"."window_start",
  "t22"."required",
  "t22"."required_joint",
  "t22"."in_force",
  "t22"."_end_unconfirmed",
  "t22"."due0",
  COALESCE("t22"."exempt_days", 0) AS "exempt_days",
  COALESCE("t22"."exempt_now", FALSE) AS "exempt_now",
  COALESCE("t22"."exemption_note", '') AS "exemption_note",
  CAST(CAST("t22"."due0" + TO_DAYS(
    CASE
      WHEN COALESCE(
        CASE
          WHEN "t22"."window_start" >= MAKE_DATE(2020, 1, 1)
          THEN TRUE
          ELSE CAST(NULL AS BOOLEAN)
        END,
        FALSE
      )
      THEN COALESCE("t22"."exempt_days", 0)
      ELSE 0
    END
  ) AS TIMESTAMP) AS DATE) AS "due_date"
FROM (
  SELECT
    "t21".*
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
      "t15"."required",
      "t15"."required_joint",
      "t15"."in_force",
      "t15"."_end_unconfirmed",
      "t15"."due0",
      "t20"."person_id" AS "person_id_right",
      "t20"."benefit" AS "benefit_right",
      "t20"."start_date" AS "start_date_right",
      "t20"."exempt_days",
      "t20"."exempt_now",
      "t20"."exemption_note"
    FROM (
      SELECT
        "t13".*
        EXCLUDE ("_point")
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
          "t12"."required",
          "t12"."required_joint",
          "t12"."in_force",
          "t12"."_end_unconfirmed",
          "t12"."_point",
          CAST(CAST("t12"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
        FROM (
          SELECT
            "t11".*
            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
          FROM (
            SELECT
              "t10"."person_id",
              "t10"."benefit",
              "t10"."start_date",
              "t10"."end_date",
              "t10"."first_contact_date",
              "t10"."target_group",
              "t10"."first_absence_date",
              "t10"."sickness_category",
              "t10"."employed",
              "t10"."handover_date",
              "t10"."expected_absence_weeks",
              "t10"."work_obligation",
              "t10"."municipality",
              "t10"."early_followup_request_date",
              "t10"."education_order",
              "t10"."periods",
              "t10"."window_start",
              "t10"."required",
              "t10"."required_joint",
              "t10"."in_force",
              "t10"."_end_unconfirmed",
              "t10"."_plain",
              "t10"."_needed",
              "t10"."_ipid",
              "t10"."_ibenefit",
              "t10"."_istart",
              "t10"."_i_start",
              "t10"."_i_end",
              "t10"."_cum",
              CASE
                WHEN "t10"."_i_start" IS NOT NULL
                THEN CAST(CAST("t10"."_i_start" + TO_DAYS(CAST("t10"."_needed" - "t10"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                ELSE "t10"."_plain"
              END AS "_point"
            FROM (
              SELECT
                "t9"."person_id",
                "t9"."benefit",
                "t9"."start_date",
                "t9"."end_date",
                "t9"."first_contact_date",
                "t9"."target_group",
                "t9"."first_absence_date",
                "t9"."sickness_category",
                "t9"."employed",
                "t9"."handover_date",
                "t9"."expected_absence_weeks",
                "t9"."work_obligation",
                "t9"."municipality",
                "t9"."early_followup_request_date",
                "t9"."education_order",
                "t9"."periods",
                "t9"."window_start",
                "t9"."required",
                "t9"."required_joint",
                "t9"."in_force",
                "t9"."_end_unconfirmed",
                "t9"."_plain",
                "t9"."_needed",
                "t5"."_ipid",
                "t5"."_ibenefit",
                "t5"."_istart",
                "t5"."_i_start",
                "t5"."_i_end",
                "t5"."_cum"
              FROM (
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
                  "t7"."window_start",
                  COALESCE(
                    CASE
                      WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN CAST(NULL AS BIGINT)
                      WHEN "t7"."window_start" >= MAKE_DATE(2024, 1, 1)
                      THEN 4
                      WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN 4
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) + COALESCE(0, 0) AS "required",
                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                  (
                    CASE
                      WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                      THEN CAST(NULL AS BIGINT)
                      WHEN "t7"."window_start" >= MAKE_DATE(2024, 1, 1)
                      THEN 4
                      WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN 4
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    CASE
                      WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                      THEN 6
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN [
                          'kontanthjaelp',
                          'uddannelseshjaelp',
                          'jobafklaring',
                          'ressourceforloeb',
                          'ledighedsydelse',
                          'revalidering'
                        ]
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t7"."benefit"
                    ),
                    FALSE
                  ) AS "in_force",
                  COALESCE(
                    (
                      CASE
                        WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN CAST(NULL AS BIGINT)
                        WHEN "t7"."window_start" >= MAKE_DATE(2024, 1, 1)
                        THEN 4
                        WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        ELSE CAST(NULL AS BIGINT)
                      END IS NULL
                    )
                    AND COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN [
                            'kontanthjaelp:aktivitetsparat',
                            'kontanthjaelp:uddannelsesparat',
                            'uddannelseshjaelp:aktivitetsparat',
                            'uddannelseshjaelp:uddannelsesparat',
                            'jobafklaring',
                            'ressourceforloeb',
                            'revalidering'
                          ]
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t7"."benefit"
                      )
                      OR ARRAY_CONTAINS(
                        CASE
                          WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN [
                            'kontanthjaelp:aktivitetsparat',
                            'kontanthjaelp:uddannelsesparat',
                            'uddannelseshjaelp:aktivitetsparat',
                            'uddannelseshjaelp:uddannelsesparat',
                            'jobafklaring',
                            'ressourceforloeb',
                            'revalidering'
                          ]
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        CASE WHEN "t7"."benefit" IS NULL THEN NULL ELSE CONCAT("t7"."benefit", ':') END || COALESCE("t7"."target_group", '')
                      ),
                      FALSE
                    ),
                    FALSE
                  ) AS "_end_unconfirmed",
                  CAST(CAST("t7"."window_start" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                  DATE_DIFF(
                    'DAY',
                    "t7"."window_start",
                    CAST(CAST("t7"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                  ) AS "_needed"
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
                    "t1"."benefit" IN (
                      'jobafklaring',
                      'kontanthjaelp',
                      'ledighedsydelse',
                      'ressourceforloeb',
                      'revalidering',
                      'uddannelseshjaelp'
                    )
                ) AS "t7"
              ) AS "t9"
              LEFT OUTER JOIN (
                SELECT
                  "t2"."person_id" AS "_ipid",
                  "t2"."benefit" AS "_ibenefit",
                  "t2"."start_date" AS "_istart",
                  "t2"."i_start" AS "_i_start",
                  "t2"."i_end" AS "_i_end",
                  "t2"."cum_before" AS "_cum"
                FROM "_tilsyn_accumulated_islands" AS "t2"
              ) AS "t5"
                ON "t9"."person_id" = "t5"."_ipid"
                AND "t9"."benefit" = "t5"."_ibenefit"
                AND "t9"."start_date" = "t5"."_istart"
                AND "t5"."_cum" < "t9"."_needed"
                AND (
                  (
                    "t5"."_i_end" = MAKE_DATE(9999, 12, 31)
                  )
                  OR (
                    (
                      "t5"."_cum" + DATE_DIFF('DAY', "t5"."_i_start", "t5"."_i_end") + 1
                    ) >= "t9"."_needed"
                  )
                )
            ) AS "t10"
          ) AS "t11"
        ) AS "t12"
      ) AS "t13"
    ) AS "t15"
    LEFT OUTER JOIN (
      SELECT
        "t18"."person_id",
        "t18"."benefit",
        "t18"."start_date",
        CAST(SUM(
          DATE_DIFF(
            'DAY',
            GREATEST("t18"."_ex_start", "t18"."_from"),
            LEAST("t18"."_ex_end", "t18"."_to")
          ) + 1
        ) AS INT) AS "exempt_days",
        BOOL_OR(
          CAST((
            "t18"."_ex_start" <= CAST($as_of AS DATE)
          )
          AND (
            "t18"."_ex_end" >= CAST($as_of AS DATE)
          ) AS BOOLEAN)
        ) AS "exempt_now",
        ARRAY_TO_STRING(
          LIST_SORT(
            ARRAY_AGG(
              CASE
                WHEN CAST("t18"."_ex_start" AS TEXT) IS NULL
                OR CAST("t18"."_ex_end" AS TEXT) IS NULL
                OR "t18"."_ex_reason" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'fritaget ',
                  CAST("t18"."_ex_start" AS TEXT),
                  '–',
                  CAST("t18"."_ex_end" AS TEXT),
                  ' (',
                  "t18"."_ex_reason",
                  ')'
                )
              END
            ) FILTER(WHERE
              CASE
                WHEN CAST("t18"."_ex_start" AS TEXT) IS NULL
                OR CAST("t18"."_ex_end" AS TEXT) IS NULL
                OR "t18"."_ex_reason" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'fritaget ',
                  CAST("t18"."_ex_start" AS TEXT),
                  '–',
                  CAST("t18"."_ex_end" AS TEXT),
                  ' (',
                  "t18"."_ex_reason",
                  ')'
                )
              END IS NOT NULL)
          ),
          ', '
        ) AS "exemption_note"
      FROM (
        SELECT
          "t17"."person_id",
          "t17"."benefit",
          "t17"."start_date",
          "t17"."_from",
          "t17"."_to",
          "t6"."_pid",
          "t6"."_ex_start",
          "t6"."_ex_end",
          "t6"."_ex_reason"
        FROM (
          SELECT
            "t14"."person_id",
            "t14"."benefit",
            "t14"."start_date",
            "t14"."window_start" AS "_from",
            "t14"."due0" AS "_to"
          FROM (
            SELECT
              "t13".*
              EXCLUDE ("_point")
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
                "t12"."required",
                "t12"."required_joint",
                "t12"."in_force",
                "t12"."_end_unconfirmed",
                "t12"."_point",
                CAST(CAST("t12"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
              FROM (
                SELECT
                  "t11".*
                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                FROM (
                  SELECT
                    "t10"."person_id",
                    "t10"."benefit",
                    "t10"."start_date",
                    "t10"."end_date",
                    "t10"."first_contact_date",
                    "t10"."target_group",
                    "t10"."first_absence_date",
                    "t10"."sickness_category",
                    "t10"."employed",
                    "t10"."handover_date",
                    "t10"."expected_absence_weeks",
                    "t10"."work_obligation",
                    "t10"."municipality",
                    "t10"."early_followup_request_date",
                    "t10"."education_order",
                    "t10"."periods",
                    "t10"."window_start",
                    "t10"."required",
                    "t10"."required_joint",
                    "t10"."in_force",
                    "t10"."_end_unconfirmed",
                    "t10"."_plain",
                    "t10"."_needed",
                    "t10"."_ipid",
                    "t10"."_ibenefit",
                    "t10"."_istart",
                    "t10"."_i_start",
                    "t10"."_i_end",
                    "t10"."_cum",
                    CASE
                      WHEN "t10"."_i_start" IS NOT NULL
                      THEN CAST(CAST("t10"."_i_start" + TO_DAYS(CAST("t10"."_needed" - "t10"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                      ELSE "t10"."_plain"
                    END AS "_point"
                  FROM (
                    SELECT
                      "t9"."person_id",
                      "t9"."benefit",
                      "t9"."start_date",
                      "t9"."end_date",
                      "t9"."first_contact_date",
                      "t9"."target_group",
                      "t9"."first_absence_date",
                      "t9"."sickness_category",
                      "t9"."employed",
                      "t9"."handover_date",
                      "t9"."expected_absence_weeks",
                      "t9"."work_obligation",
                      "t9"."municipality",
                      "t9"."early_followup_request_date",
                      "t9"."education_order",
                      "t9"."periods",
                      "t9"."window_start",
                      "t9"."required",
                      "t9"."required_joint",
                      "t9"."in_force",
                      "t9"."_end_unconfirmed",
                      "t9"."_plain",
                      "t9"."_needed",
                      "t5"."_ipid",
                      "t5"."_ibenefit",
                      "t5"."_istart",
                      "t5"."_i_start",
                      "t5"."_i_end",
                      "t5"."_cum"
                    FROM (
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
                        "t7"."window_start",
                        COALESCE(
                          CASE
                            WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t7"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 4
                            WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 4
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) + COALESCE(0, 0) AS "required",
                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                        (
                          CASE
                            WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t7"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 4
                            WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 4
                            ELSE CAST(NULL AS BIGINT)
                          END IS NOT NULL
                        )
                        AND (
                          CASE
                            WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END IS NOT NULL
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN [
                                'kontanthjaelp',
                                'uddannelseshjaelp',
                                'jobafklaring',
                                'ressourceforloeb',
                                'ledighedsydelse',
                                'revalidering'
                              ]
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t7"."benefit"
                          ),
                          FALSE
                        ) AS "in_force",
                        COALESCE(
                          (
                            CASE
                              WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t7"."window_start" >= MAKE_DATE(2024, 1, 1)
                              THEN 4
                              WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              ELSE CAST(NULL AS BIGINT)
                            END IS NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN [
                                  'kontanthjaelp:aktivitetsparat',
                                  'kontanthjaelp:uddannelsesparat',
                                  'uddannelseshjaelp:aktivitetsparat',
                                  'uddannelseshjaelp:uddannelsesparat',
                                  'jobafklaring',
                                  'ressourceforloeb',
                                  'revalidering'
                                ]
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t7"."benefit"
                            )
                            OR ARRAY_CONTAINS(
                              CASE
                                WHEN "t7"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN [
                                  'kontanthjaelp:aktivitetsparat',
                                  'kontanthjaelp:uddannelsesparat',
                                  'uddannelseshjaelp:aktivitetsparat',
                                  'uddannelseshjaelp:uddannelsesparat',
                                  'jobafklaring',
                                  'ressourceforloeb',
                                  'revalidering'
                                ]
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              CASE WHEN "t7"."benefit" IS NULL THEN NULL ELSE CONCAT("t7"."benefit", ':') END || COALESCE("t7"."target_group", '')
                            ),
                            FALSE
                          ),
                          FALSE
                        ) AS "_end_unconfirmed",
                        CAST(CAST("t7"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                        DATE_DIFF(
                          'DAY',
                          "t7"."window_start",
                          CAST(CAST("t7"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t7"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                        ) AS "_needed"
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
                          "t1"."benefit" IN (
                            'jobafklaring',
                            'kontanthjaelp',
                            'ledighedsydelse',
                            'ressourceforloeb',
                            'revalidering',
                            'uddannelseshjaelp'
                          )
                      ) AS "t7"
                    ) AS "t9"
                    LEFT OUTER JOIN (
                      SELECT
                        "t2"."person_id" AS "_ipid",
                        "t2"."benefit" AS "_ibenefit",
                        "t2"."start_date" AS "_istart",
                        "t2"."i_start" AS "_i_start",
                        "t2"."i_end" AS "_i_end",
                        "t2"."cum_before" AS "_cum"
                      FROM "_tilsyn_accumulated_islands" AS "t2"
                    ) AS "t5"
                      ON "t9"."person_id" = "t5"."_ipid"
                      AND "t9"."benefit" = "t5"."_ibenefit"
                      AND "t9"."start_date" = "t5"."_istart"
                      AND "t5"."_cum" < "t9"."_needed"
                      AND (
                        (
                          "t5"."_i_end" = MAKE_DATE(9999, 12, 31)
                        )
                        OR (
                          (
                            "t5"."_cum" + DATE_DIFF('DAY', "t5"."_i_start", "t5"."_i_end") + 1
                          ) >= "t9"."_needed"
                        )
                      )
                  ) AS "t10"
                ) AS "t11"
              ) AS "t12"
            ) AS "t13"
          ) AS "t14"
        ) AS "t17"
        INNER JOIN (
          SELECT
            "t0"."person_id" AS "_pid",
            "t0"."start_date" AS "_ex_start",
            "t0"."end_date" AS "_ex_end",
            "t0"."reason" AS "_ex_reason"
          FROM "exemptions" AS "t0"
          WHERE
            "t0"."start_date" <= CAST($as_of AS DATE)
        ) AS "t6"
          ON "t17"."person_id" = "t6"."_pid"
          AND "t6"."_ex_start" <= "t17"."_to"
          AND "t6"."_ex_end" >= "t17"."_from"
      ) AS "t18"
      GROUP BY
        1,
        2,
        3
    ) AS "t20"
      ON "t15"."person_id" = "t20"."person_id"
      AND "t15"."benefit" = "t20"."benefit"
      AND "t15"."start_date" = "t20"."start_date"
  ) AS "t21"
) AS "t22"
