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
  "t26"."required",
  "t26"."required_joint",
  "t26"."in_force",
  "t26"."_end_unconfirmed",
  "t26"."due0",
  COALESCE("t26"."exempt_days", 0) AS "exempt_days",
  COALESCE("t26"."exempt_now", FALSE) AS "exempt_now",
  COALESCE("t26"."exemption_note", '') AS "exemption_note",
  CAST(CAST("t26"."due0" + TO_DAYS(
    CASE
      WHEN COALESCE(
        CASE
          WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
          THEN TRUE
          ELSE CAST(NULL AS BOOLEAN)
        END,
        FALSE
      )
      THEN COALESCE("t26"."exempt_days", 0)
      ELSE 0
    END
  ) AS TIMESTAMP) AS DATE) AS "due_date"
FROM (
  SELECT
    "t25".*
    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
      "t19"."required",
      "t19"."required_joint",
      "t19"."in_force",
      "t19"."_end_unconfirmed",
      "t19"."due0",
      "t24"."person_id" AS "person_id_right",
      "t24"."benefit" AS "benefit_right",
      "t24"."start_date" AS "start_date_right",
      "t24"."exempt_days",
      "t24"."exempt_now",
      "t24"."exemption_note"
    FROM (
      SELECT
        "t17".*
        EXCLUDE ("_point")
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
          "t16"."required",
          "t16"."required_joint",
          "t16"."in_force",
          "t16"."_end_unconfirmed",
          "t16"."_point",
          CAST(CAST("t16"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
        FROM (
          SELECT
            "t15".*
            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
              "t14"."required",
              "t14"."required_joint",
              "t14"."in_force",
              "t14"."_end_unconfirmed",
              "t14"."_plain",
              "t14"."_needed",
              "t14"."_ipid",
              "t14"."_ibenefit",
              "t14"."_istart",
              "t14"."_i_start",
              "t14"."_i_end",
              "t14"."_cum",
              CASE
                WHEN "t14"."_i_start" IS NOT NULL
                THEN CAST(CAST("t14"."_i_start" + TO_DAYS(CAST("t14"."_needed" - "t14"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                ELSE "t14"."_plain"
              END AS "_point"
            FROM (
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
                "t13"."required",
                "t13"."required_joint",
                "t13"."in_force",
                "t13"."_end_unconfirmed",
                "t13"."_plain",
                "t13"."_needed",
                "t7"."_ipid",
                "t7"."_ibenefit",
                "t7"."_istart",
                "t7"."_i_start",
                "t7"."_i_end",
                "t7"."_cum"
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
                  COALESCE(
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                      THEN CAST(NULL AS BIGINT)
                      WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                      THEN 6
                      WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN CAST(NULL AS BIGINT)
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) + COALESCE(0, 0) AS "required",
                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                  (
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                      THEN CAST(NULL AS BIGINT)
                      WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                      THEN 6
                      WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN CAST(NULL AS BIGINT)
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    CASE
                      WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 6
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  ) AS "in_force",
                  COALESCE(
                    (
                      CASE
                        WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                        THEN CAST(NULL AS BIGINT)
                        WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                        THEN 6
                        WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NULL
                    )
                    AND COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                        "t11"."benefit"
                      )
                      OR ARRAY_CONTAINS(
                        CASE
                          WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                        CASE WHEN "t11"."benefit" IS NULL THEN NULL ELSE CONCAT("t11"."benefit", ':') END || COALESCE("t11"."target_group", '')
                      ),
                      FALSE
                    ),
                    FALSE
                  ) AS "_end_unconfirmed",
                  CAST(CAST("t11"."start_date" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                  DATE_DIFF(
                    'DAY',
                    "t11"."start_date",
                    CAST(CAST("t11"."start_date" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                          THEN 6
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                  ) AS "_needed"
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
                    "t10"."periods"
                  FROM (
                    SELECT
                      *
                    FROM "_tilsyn_benefit_spells" AS "t2"
                    WHERE
                      "t2"."benefit" IN ('dagpenge')
                  ) AS "t10"
                  SEMI JOIN "_tilsyn_jobcentre_course_spells" AS "t4"
                    ON "t10"."person_id" = "t4"."_k_person_id"
                    AND "t10"."benefit" = "t4"."_k_benefit"
                    AND "t10"."start_date" = "t4"."_k_start_date"
                ) AS "t11"
              ) AS "t13"
              LEFT OUTER JOIN (
                SELECT
                  "t1"."person_id" AS "_ipid",
                  "t1"."benefit" AS "_ibenefit",
                  "t1"."start_date" AS "_istart",
                  "t1"."i_start" AS "_i_start",
                  "t1"."i_end" AS "_i_end",
                  "t1"."cum_before" AS "_cum"
                FROM "_tilsyn_accumulated_islands" AS "t1"
              ) AS "t7"
                ON "t13"."person_id" = "t7"."_ipid"
                AND "t13"."benefit" = "t7"."_ibenefit"
                AND "t13"."start_date" = "t7"."_istart"
                AND "t7"."_cum" < "t13"."_needed"
                AND (
                  (
                    "t7"."_i_end" = MAKE_DATE(9999, 12, 31)
                  )
                  OR (
                    (
                      "t7"."_cum" + DATE_DIFF('DAY', "t7"."_i_start", "t7"."_i_end") + 1
                    ) >= "t13"."_needed"
                  )
                )
            ) AS "t14"
          ) AS "t15"
        ) AS "t16"
      ) AS "t17"
    ) AS "t19"
    LEFT OUTER JOIN (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        "t22"."start_date",
        CAST(SUM(
          DATE_DIFF(
            'DAY',
            GREATEST("t22"."_ex_start", "t22"."_from"),
            LEAST("t22"."_ex_end", "t22"."_to")
          ) + 1
        ) AS INT) AS "exempt_days",
        BOOL_OR(
          CAST((
            "t22"."_ex_start" <= CAST($as_of AS DATE)
          )
          AND (
            "t22"."_ex_end" >= CAST($as_of AS DATE)
          ) AS BOOLEAN)
        ) AS "exempt_now",
        ARRAY_TO_STRING(
          LIST_SORT(
            ARRAY_AGG(
              CASE
                WHEN CAST("t22"."_ex_start" AS TEXT) IS NULL
                OR CAST("t22"."_ex_end" AS TEXT) IS NULL
                OR "t22"."_ex_reason" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'fritaget ',
                  CAST("t22"."_ex_start" AS TEXT),
                  '–',
                  CAST("t22"."_ex_end" AS TEXT),
                  ' (',
                  "t22"."_ex_reason",
                  ')'
                )
              END
            ) FILTER(WHERE
              CASE
                WHEN CAST("t22"."_ex_start" AS TEXT) IS NULL
                OR CAST("t22"."_ex_end" AS TEXT) IS NULL
                OR "t22"."_ex_reason" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'fritaget ',
                  CAST("t22"."_ex_start" AS TEXT),
                  '–',
                  CAST("t22"."_ex_end" AS TEXT),
                  ' (',
                  "t22"."_ex_reason",
                  ')'
                )
              END IS NOT NULL)
          ),
          ', '
        ) AS "exemption_note"
      FROM (
        SELECT
          "t21"."person_id",
          "t21"."benefit",
          "t21"."start_date",
          "t21"."_from",
          "t21"."_to",
          "t9"."_pid",
          "t9"."_ex_start",
          "t9"."_ex_end",
          "t9"."_ex_reason"
        FROM (
          SELECT
            "t18"."person_id",
            "t18"."benefit",
            "t18"."start_date",
            "t18"."window_start" AS "_from",
            "t18"."due0" AS "_to"
          FROM (
            SELECT
              "t17".*
              EXCLUDE ("_point")
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
                "t16"."required",
                "t16"."required_joint",
                "t16"."in_force",
                "t16"."_end_unconfirmed",
                "t16"."_point",
                CAST(CAST("t16"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
              FROM (
                SELECT
                  "t15".*
                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                    "t14"."required",
                    "t14"."required_joint",
                    "t14"."in_force",
                    "t14"."_end_unconfirmed",
                    "t14"."_plain",
                    "t14"."_needed",
                    "t14"."_ipid",
                    "t14"."_ibenefit",
                    "t14"."_istart",
                    "t14"."_i_start",
                    "t14"."_i_end",
                    "t14"."_cum",
                    CASE
                      WHEN "t14"."_i_start" IS NOT NULL
                      THEN CAST(CAST("t14"."_i_start" + TO_DAYS(CAST("t14"."_needed" - "t14"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                      ELSE "t14"."_plain"
                    END AS "_point"
                  FROM (
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
                      "t13"."required",
                      "t13"."required_joint",
                      "t13"."in_force",
                      "t13"."_end_unconfirmed",
                      "t13"."_plain",
                      "t13"."_needed",
                      "t7"."_ipid",
                      "t7"."_ibenefit",
                      "t7"."_istart",
                      "t7"."_i_start",
                      "t7"."_i_end",
                      "t7"."_cum"
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
                        COALESCE(
                          CASE
                            WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                            THEN 6
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN CAST(NULL AS BIGINT)
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) + COALESCE(0, 0) AS "required",
                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                        (
                          CASE
                            WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                            THEN 6
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN CAST(NULL AS BIGINT)
                            ELSE CAST(NULL AS BIGINT)
                          END IS NOT NULL
                        )
                        AND (
                          CASE
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END IS NOT NULL
                        ) AS "in_force",
                        COALESCE(
                          (
                            CASE
                              WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 6
                              WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                              "t11"."benefit"
                            )
                            OR ARRAY_CONTAINS(
                              CASE
                                WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                              CASE WHEN "t11"."benefit" IS NULL THEN NULL ELSE CONCAT("t11"."benefit", ':') END || COALESCE("t11"."target_group", '')
                            ),
                            FALSE
                          ),
                          FALSE
                        ) AS "_end_unconfirmed",
                        CAST(CAST("t11"."start_date" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                        DATE_DIFF(
                          'DAY',
                          "t11"."start_date",
                          CAST(CAST("t11"."start_date" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                        ) AS "_needed"
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
                          "t10"."periods"
                        FROM (
                          SELECT
                            *
                          FROM "_tilsyn_benefit_spells" AS "t2"
                          WHERE
                            "t2"."benefit" IN ('dagpenge')
                        ) AS "t10"
                        SEMI JOIN "_tilsyn_jobcentre_course_spells" AS "t4"
                          ON "t10"."person_id" = "t4"."_k_person_id"
                          AND "t10"."benefit" = "t4"."_k_benefit"
                          AND "t10"."start_date" = "t4"."_k_start_date"
                      ) AS "t11"
                    ) AS "t13"
                    LEFT OUTER JOIN (
                      SELECT
                        "t1"."person_id" AS "_ipid",
                        "t1"."benefit" AS "_ibenefit",
                        "t1"."start_date" AS "_istart",
                        "t1"."i_start" AS "_i_start",
                        "t1"."i_end" AS "_i_end",
                        "t1"."cum_before" AS "_cum"
                      FROM "_tilsyn_accumulated_islands" AS "t1"
                    ) AS "t7"
                      ON "t13"."person_id" = "t7"."_ipid"
                      AND "t13"."benefit" = "t7"."_ibenefit"
                      AND "t13"."start_date" = "t7"."_istart"
                      AND "t7"."_cum" < "t13"."_needed"
                      AND (
                        (
                          "t7"."_i_end" = MAKE_DATE(9999, 12, 31)
                        )
                        OR (
                          (
                            "t7"."_cum" + DATE_DIFF('DAY', "t7"."_i_start", "t7"."_i_end") + 1
                          ) >= "t13"."_needed"
                        )
                      )
                  ) AS "t14"
                ) AS "t15"
              ) AS "t16"
            ) AS "t17"
          ) AS "t18"
        ) AS "t21"
        INNER JOIN (
          SELECT
            "t0"."person_id" AS "_pid",
            "t0"."start_date" AS "_ex_start",
            "t0"."end_date" AS "_ex_end",
            "t0"."reason" AS "_ex_reason"
          FROM "exemptions" AS "t0"
          WHERE
            "t0"."start_date" <= CAST($as_of AS DATE)
        ) AS "t9"
          ON "t21"."person_id" = "t9"."_pid"
          AND "t9"."_ex_start" <= "t21"."_to"
          AND "t9"."_ex_end" >= "t21"."_from"
      ) AS "t22"
      GROUP BY
        1,
        2,
        3
    ) AS "t24"
      ON "t19"."person_id" = "t24"."person_id"
      AND "t19"."benefit" = "t24"."benefit"
      AND "t19"."start_date" = "t24"."start_date"
  ) AS "t25"
) AS "t26"
