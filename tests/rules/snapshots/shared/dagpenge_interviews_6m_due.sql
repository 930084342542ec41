SELECT
  "t30".*
  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
FROM (
  SELECT
    "t29"."person_id",
    "t29"."benefit",
    "t29"."start_date",
    "t29"."end_date",
    "t29"."first_contact_date",
    "t29"."target_group",
    "t29"."first_absence_date",
    "t29"."sickness_category",
    "t29"."employed",
    "t29"."handover_date",
    "t29"."expected_absence_weeks",
    "t29"."work_obligation",
    "t29"."municipality",
    "t29"."early_followup_request_date",
    "t29"."education_order",
    "t29"."periods",
    "t29"."window_start",
    "t29"."required",
    "t29"."required_joint",
    "t29"."in_force",
    "t29"."_end_unconfirmed",
    "t29"."due0",
    "t29"."exempt_days",
    "t29"."exempt_now",
    "t29"."exemption_note",
    "t29"."due_date",
    "t29"."_plain",
    "t29"."_needed",
    "t29"."_ipid",
    "t29"."_ibenefit",
    "t29"."_istart",
    "t29"."_i_start",
    "t29"."_i_end",
    "t29"."_cum",
    CASE
      WHEN "t29"."_i_start" IS NOT NULL
      THEN CAST(CAST("t29"."_i_start" + TO_DAYS(CAST("t29"."_needed" - "t29"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
      ELSE "t29"."_plain"
    END AS "_count_from"
  FROM (
    SELECT
      "t28"."person_id",
      "t28"."benefit",
      "t28"."start_date",
      "t28"."end_date",
      "t28"."first_contact_date",
      "t28"."target_group",
      "t28"."first_absence_date",
      "t28"."sickness_category",
      "t28"."employed",
      "t28"."handover_date",
      "t28"."expected_absence_weeks",
      "t28"."work_obligation",
      "t28"."municipality",
      "t28"."early_followup_request_date",
      "t28"."education_order",
      "t28"."periods",
      "t28"."window_start",
      "t28"."required",
      "t28"."required_joint",
      "t28"."in_force",
      "t28"."_end_unconfirmed",
      "t28"."due0",
      "t28"."exempt_days",
      "t28"."exempt_now",
      "t28"."exemption_note",
      "t28"."due_date",
      "t28"."_plain",
      "t28"."_needed",
      "t6"."_ipid",
      "t6"."_ibenefit",
      "t6"."_istart",
      "t6"."_i_start",
      "t6"."_i_end",
      "t6"."_cum"
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
        ) AS TIMESTAMP) AS DATE) AS "due_date",
        CAST(CAST("t26"."window_start" + TO_MONTHS(
          COALESCE(
            CASE
              WHEN "t26"."window_start" >= MAKE_DATE(2024, 1, 1)
              THEN 3
              WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
              THEN 0
              ELSE CAST(NULL AS BIGINT)
            END,
            0
          )
        ) AS TIMESTAMP) AS DATE) AS "_plain",
        DATE_DIFF(
          'DAY',
          "t26"."window_start",
          CAST(CAST("t26"."window_start" + TO_MONTHS(
            COALESCE(
              CASE
                WHEN "t26"."window_start" >= MAKE_DATE(2024, 1, 1)
                THEN 3
                WHEN "t26"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 0
                ELSE CAST(NULL AS BIGINT)
              END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
        ) AS "_needed"
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
                      "t6"."_ipid",
                      "t6"."_ibenefit",
                      "t6"."_istart",
                      "t6"."_i_start",
                      "t6"."_i_end",
                      "t6"."_cum"
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
                            THEN 3
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 4
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) + COALESCE(
                          CASE
                            WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                            THEN 0
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) AS "required",
                        COALESCE(
                          CASE
                            WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                            THEN 0
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) AS "required_joint",
                        (
                          CASE
                            WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                            THEN 4
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
                              THEN 3
                              WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
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
                        ANTI JOIN "_tilsyn_jobcentre_course_spells" AS "t4"
                          ON "t10"."person_id" = "t4"."_k_person_id"
                          AND "t10"."benefit" = "t4"."_k_benefit"
                          AND "t10"."start_date" = "t4"."_k_start_date"
                      ) AS "t11"
                    ) AS "t13"
                    LEFT OUTER JOIN (
                      SELECT
                        "t0"."person_id" AS "_ipid",
                        "t0"."benefit" AS "_ibenefit",
                        "t0"."start_date" AS "_istart",
                        "t0"."i_start" AS "_i_start",
                        "t0"."i_end" AS "_i_end",
                        "t0"."cum_before" AS "_cum"
                      FROM "_tilsyn_accumulated_islands" AS "t0"
                    ) AS "t6"
                      ON "t13"."person_id" = "t6"."_ipid"
                      AND "t13"."benefit" = "t6"."_ibenefit"
                      AND "t13"."start_date" = "t6"."_istart"
                      AND "t6"."_cum" < "t13"."_needed"
                      AND (
                        (
                          "t6"."_i_end" = MAKE_DATE(9999, 12, 31)
                        )
                        OR (
                          (
                            "t6"."_cum" + DATE_DIFF('DAY', "t6"."_i_start", "t6"."_i_end") + 1
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
                            "t6"."_ipid",
                            "t6"."_ibenefit",
                            "t6"."_istart",
                            "t6"."_i_start",
                            "t6"."_i_end",
                            "t6"."_cum"
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
                                  THEN 3
                                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 4
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) + COALESCE(
                                CASE
                                  WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 0
                                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 0
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) AS "required",
                              COALESCE(
                                CASE
                                  WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 0
                                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 0
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) AS "required_joint",
                              (
                                CASE
                                  WHEN "t11"."start_date" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t11"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                  THEN 4
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
                                    THEN 3
                                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN 4
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
                              ANTI JOIN "_tilsyn_jobcentre_course_spells" AS "t4"
                                ON "t10"."person_id" = "t4"."_k_person_id"
                                AND "t10"."benefit" = "t4"."_k_benefit"
                                AND "t10"."start_date" = "t4"."_k_start_date"
                            ) AS "t11"
                          ) AS "t13"
                          LEFT OUTER JOIN (
                            SELECT
                              "t0"."person_id" AS "_ipid",
                              "t0"."benefit" AS "_ibenefit",
                              "t0"."start_date" AS "_istart",
                              "t0"."i_start" AS "_i_start",
                              "t0"."i_end" AS "_i_end",
                              "t0"."cum_before" AS "_cum"
                            FROM "_tilsyn_accumulated_islands" AS "t0"
                          ) AS "t6"
                            ON "t13"."person_id" = "t6"."_ipid"
                            AND "t13"."benefit" = "t6"."_ibenefit"
                            AND "t13"."start_date" = "t6"."_istart"
                            AND "t6"."_cum" < "t13"."_needed"
                            AND (
                              (
                                "t6"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t6"."_cum" + DATE_DIFF('DAY', "t6"."_i_start", "t6"."_i_end") + 1
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
                  "t1"."person_id" AS "_pid",
                  "t1"."start_date" AS "_ex_start",
                  "t1"."end_date" AS "_ex_end",
                  "t1"."reason" AS "_ex_reason"
                FROM "exemptions" AS "t1"
                WHERE
                  "t1"."start_date" <= CAST($as_of AS DATE)
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
    ) AS "t28"
    LEFT OUTER JOIN (
      SELECT
        "t0"."person_id" AS "_ipid",
        "t0"."benefit" AS "_ibenefit",
        "t0"."start_date" AS "_istart",
        "t0"."i_start" AS "_i_start",
        "t0"."i_end" AS "_i_end",
        "t0"."cum_before" AS "_cum"
      FROM "_tilsyn_accumulated_islands" AS "t0"
    ) AS "t6"
      ON "t28"."person_id" = "t6"."_ipid"
      AND "t28"."benefit" = "t6"."_ibenefit"
      AND "t28"."start_date" = "t6"."_istart"
      AND "t6"."_cum" < "t28"."_needed"
      AND (
        (
          "t6"."_i_end" = MAKE_DATE(9999, 12, 31)
        )
        OR (
          (
            "t6"."_cum" + DATE_DIFF('DAY', "t6"."_i_start", "t6"."_i_end") + 1
          ) >= "t28"."_needed"
        )
      )
  ) AS "t29"
) AS "t30"
