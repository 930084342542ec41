SELECT
  "t15".*
  EXCLUDE ("_cat1_until")
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
    "t14"."_cat1_until",
    "t14"."category_in_force",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t14"."window_start" >= MAKE_DATE(2025, 1, 1)
          THEN ['1']
          WHEN "t14"."window_start" >= MAKE_DATE(2015, 1, 1)
          THEN ['1']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t14"."category_in_force"
      ),
      FALSE
    )
    AND (
      (
        CASE
          WHEN "t14"."window_start" >= MAKE_DATE(2015, 1, 1)
          THEN 8
          ELSE CAST(NULL AS BIGINT)
        END IS NULL
      )
      OR (
        (
          "t14"."end_date" IS NOT NULL
        )
        AND (
          "t14"."end_date" <= "t14"."_cat1_until"
        )
      )
    ) AS "category_exempt",
    CASE
      WHEN NOT (
        COALESCE(
          ARRAY_CONTAINS(
            CASE
              WHEN "t14"."window_start" >= MAKE_DATE(2025, 1, 1)
              THEN ['1']
              WHEN "t14"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN ['1']
              ELSE CAST(NULL AS TEXT[])
            END,
            "t14"."category_in_force"
          ),
          FALSE
        )
      )
      OR (
        CASE
          WHEN "t14"."window_start" >= MAKE_DATE(2015, 1, 1)
          THEN 8
          ELSE CAST(NULL AS BIGINT)
        END IS NULL
      )
      OR (
        (
          "t14"."end_date" IS NOT NULL
        )
        AND (
          "t14"."end_date" <= "t14"."_cat1_until"
        )
      )
      THEN ''
      WHEN CAST($as_of AS DATE) <= "t14"."_cat1_until"
      THEN CASE
        WHEN "t14"."category_in_force" IS NULL
        THEN NULL
        ELSE CONCAT(
          'kategori ',
          "t14"."category_in_force",
          ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
        )
      END || CAST(CASE
        WHEN "t14"."window_start" >= MAKE_DATE(2015, 1, 1)
        THEN 8
        ELSE CAST(NULL AS BIGINT)
      END AS TEXT) || ' uger (§ 13 a, stk. 1)'
      ELSE CASE
        WHEN "t14"."category_in_force" IS NULL
        THEN NULL
        ELSE CONCAT('kategori ', "t14"."category_in_force", ' og fraværet varer ud over ')
      END || CAST(CASE
        WHEN "t14"."window_start" >= MAKE_DATE(2015, 1, 1)
        THEN 8
        ELSE CAST(NULL AS BIGINT)
      END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
    END AS "category_note"
  FROM (
    SELECT
      "t13".*
      EXCLUDE ("_cat_found")
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
        "t12"."_cat1_until",
        "t12"."_cat_found",
        COALESCE("t12"."_cat_found", "t12"."sickness_category") AS "category_in_force"
      FROM (
        SELECT
          "t11".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
            "t6"."_cat1_until",
            "t10"."person_id" AS "person_id_right",
            "t10"."benefit" AS "benefit_right",
            "t10"."start_date" AS "start_date_right",
            "t10"."_cat_found"
          FROM (
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
              CAST(CAST(COALESCE("t0"."first_absence_date", "t0"."start_date") + TO_DAYS(
                (
                  COALESCE(
                    CASE
                      WHEN COALESCE("t0"."first_absence_date", "t0"."start_date") >= MAKE_DATE(2015, 1, 1)
                      THEN 8
                      ELSE CAST(NULL AS BIGINT)
                    END,
                    0
                  ) * 7
                ) - 1
              ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
            FROM "_tilsyn_benefit_spells" AS "t0"
            WHERE
              "t0"."benefit" IN ('sygedagpenge')
          ) AS "t6"
          LEFT OUTER JOIN (
            SELECT
              "t8"."person_id",
              "t8"."benefit",
              "t8"."start_date",
              FIRST("t8"."_cat" ORDER BY "t8"."_from" DESC) AS "_cat_found"
            FROM (
              SELECT
                "t7"."person_id",
                "t7"."benefit",
                "t7"."start_date",
                "t7"."_day",
                "t7"."_last",
                "t3"."_pid",
                "t3"."_from",
                "t3"."_cat"
              FROM (
                SELECT
                  "t0"."person_id",
                  "t0"."benefit",
                  "t0"."start_date",
                  CAST(CAST(COALESCE("t0"."first_absence_date", "t0"."start_date") + TO_DAYS(
                    (
                      COALESCE(
                        CASE
                          WHEN COALESCE("t0"."first_absence_date", "t0"."start_date") >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      ) * 7
                    ) - 1
                  ) AS TIMESTAMP) AS DATE) AS "_day",
                  "t0"."end_date" AS "_last"
                FROM "_tilsyn_benefit_spells" AS "t0"
                WHERE
                  "t0"."benefit" IN ('sygedagpenge') AND "t0"."periods" > 1
              ) AS "t7"
              INNER JOIN (
                SELECT
                  "t1"."person_id" AS "_pid",
                  "t1"."start_date" AS "_from",
                  "t1"."sickness_category" AS "_cat"
                FROM "benefit_periods" AS "t1"
                WHERE
                  "t1"."benefit" = 'sygedagpenge'
                  AND "t1"."start_date" <= CAST($as_of AS DATE)
                  AND "t1"."sickness_category" IS NOT NULL
              ) AS "t3"
                ON "t7"."person_id" = "t3"."_pid"
                AND "t3"."_from" >= "t7"."start_date"
                AND "t3"."_from" <= "t7"."_day"
                AND (
                  (
                    "t7"."_last" IS NULL
                  ) OR (
                    "t3"."_from" <= "t7"."_last"
                  )
                )
            ) AS "t8"
            GROUP BY
              1,
              2,
              3
          ) AS "t10"
            ON "t6"."person_id" = "t10"."person_id"
            AND "t6"."benefit" = "t10"."benefit"
            AND "t6"."start_date" = "t10"."start_date"
        ) AS "t11"
      ) AS "t12"
    ) AS "t13"
  ) AS "t14"
) AS "t15"
