WITH "t12" AS (
  SELECT
    "t11"."person_id",
    "t11"."benefit",
    "t11"."start_date",
    "t11"."end_date",
    "t11"."target_group",
    "t11"."first_contact_date",
    "t11"."first_absence_date",
    "t11"."sickness_category",
    "t11"."employed",
    "t11"."municipality",
    "t11"."work_obligation",
    "t11"."education_order",
    "t11"."introduction_programme",
    "t11"."expected_absence_weeks",
    "t11"."handover_date",
    "t11"."early_followup_request_date",
    "t11"."_end",
    "t11"."_acc",
    "t11"."_switch",
    "t11"."_run",
    "t11"."_new",
    "t11"."_spell",
    MIN("t11"."start_date") OVER (
      PARTITION BY "t11"."person_id", "t11"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
  FROM (
    SELECT
      "t10"."person_id",
      "t10"."benefit",
      "t10"."start_date",
      "t10"."end_date",
      "t10"."target_group",
      "t10"."first_contact_date",
      "t10"."first_absence_date",
      "t10"."sickness_category",
      "t10"."employed",
      "t10"."municipality",
      "t10"."work_obligation",
      "t10"."education_order",
      "t10"."introduction_programme",
      "t10"."expected_absence_weeks",
      "t10"."handover_date",
      "t10"."early_followup_request_date",
      "t10"."_end",
      "t10"."_acc",
      "t10"."_switch",
      "t10"."_run",
      "t10"."_new",
      SUM("t10"."_new") OVER (
        PARTITION BY "t10"."person_id"
        ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
    FROM (
      SELECT
        "t9"."person_id",
        "t9"."benefit",
        "t9"."start_date",
        "t9"."end_date",
        "t9"."target_group",
        "t9"."first_contact_date",
        "t9"."first_absence_date",
        "t9"."sickness_category",
        "t9"."employed",
        "t9"."municipality",
        "t9"."work_obligation",
        "t9"."education_order",
        "t9"."introduction_programme",
        "t9"."expected_absence_weeks",
        "t9"."handover_date",
        "t9"."early_followup_request_date",
        "t9"."_end",
        "t9"."_acc",
        "t9"."_switch",
        "t9"."_run",
        CASE
          WHEN (
            "t9"."_switch" = 1
          )
          OR (
            (
              MAX("t9"."_end") OVER (
                PARTITION BY "t9"."person_id", "t9"."_run"
                ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) IS NOT NULL
            )
            AND (
              MAX("t9"."_end") OVER (
                PARTITION BY "t9"."person_id", "t9"."_run"
                ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) < MAKE_DATE(9999, 12, 31)
            )
            AND (
              "t9"."start_date" > CAST(CAST(MAX("t9"."_end") OVER (
                PARTITION BY "t9"."person_id", "t9"."_run"
                ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
            )
            AND (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['sygedagpenge']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t9"."benefit"
                ),
                FALSE
              )
              OR (
                (
                  CASE
                    WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN 1
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t9"."start_date" >= CAST(CAST(CASE
                    WHEN EXTRACT(day FROM CAST(CAST(MAX("t9"."_end") OVER (
                      PARTITION BY "t9"."person_id", "t9"."_run"
                      ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                    THEN CAST(CAST(MAX("t9"."_end") OVER (
                      PARTITION BY "t9"."person_id", "t9"."_run"
                      ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                    ELSE CAST(CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CAST(MAX("t9"."_end") OVER (
                        PARTITION BY "t9"."person_id", "t9"."_run"
                        ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                    ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                  END + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE)
                )
              )
            )
          )
          OR COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t9"."start_date" >= MAKE_DATE(2020, 1, 1)
                THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                ELSE CAST(NULL AS TEXT[])
              END,
              LAG("t9"."target_group") OVER (
                PARTITION BY "t9"."person_id", "t9"."_run"
                ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) || '>' || "t9"."target_group"
            ),
            FALSE
          )
          THEN 1
          ELSE 0
        END AS "_new"
      FROM (
        SELECT
          "t8"."person_id",
          "t8"."benefit",
          "t8"."start_date",
          "t8"."end_date",
          "t8"."target_group",
          "t8"."first_contact_date",
          "t8"."first_absence_date",
          "t8"."sickness_category",
          "t8"."employed",
          "t8"."municipality",
          "t8"."work_obligation",
          "t8"."education_order",
          "t8"."introduction_programme",
          "t8"."expected_absence_weeks",
          "t8"."handover_date",
          "t8"."early_followup_request_date",
          "t8"."_end",
          "t8"."_acc",
          "t8"."_switch",
          SUM("t8"."_switch") OVER (
            PARTITION BY "t8"."person_id"
            ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_run"
        FROM (
          SELECT
            "t7"."person_id",
            "t7"."benefit",
            "t7"."start_date",
            "t7"."end_date",
            "t7"."target_group",
            "t7"."first_contact_date",
            "t7"."first_absence_date",
            "t7"."sickness_category",
            "t7"."employed",
            "t7"."municipality",
            "t7"."work_obligation",
            "t7"."education_order",
            "t7"."introduction_programme",
            "t7"."expected_absence_weeks",
            "t7"."handover_date",
            "t7"."early_followup_request_date",
            "t7"."_end",
            "t7"."_acc",
            CASE
              WHEN LAG("t7"."benefit") OVER (
                PARTITION BY "t7"."person_id"
                ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) IS NULL
              THEN 1
              WHEN LAG("t7"."benefit") OVER (
                PARTITION BY "t7"."person_id"
                ORDER BY "t7"."start_date" ASC, "t7"."benefit" ASC, "t7"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) <> "t7"."benefit"
              THEN 1
              ELSE 0
            END AS "_switch"
          FROM (
            SELECT
              "t2"."person_id",
              "t2"."benefit",
              "t2"."start_date",
              "t2"."end_date",
              "t2"."target_group",
              "t2"."first_contact_date",
              "t2"."first_absence_date",
              "t2"."sickness_category",
              "t2"."employed",
              "t2"."municipality",
              "t2"."work_obligation",
              "t2"."education_order",
              "t2"."introduction_programme",
              "t2"."expected_absence_weeks",
              "t2"."handover_date",
              "t2"."early_followup_request_date",
              CASE
                WHEN (
                  "t2"."end_date" IS NULL
                ) OR (
                  "t2"."end_date" > CAST($as_of AS DATE)
                )
                THEN MAKE_DATE(9999, 12, 31)
                ELSE "t2"."end_date"
              END AS "_end",
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t2"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['dagpenge']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t2"."benefit"
                ),
                FALSE
              ) AS "_acc"
            FROM "benefit_periods" AS "t2"
            WHERE
              "t2"."start_date" <= CAST($as_of AS DATE)
          ) AS "t7"
        ) AS "t8"
      ) AS "t9"
    ) AS "t10"
  ) AS "t11"
), "t14" AS (
  SELECT
    *
  FROM "t12" AS "t13"
  WHERE
    "t13"."_acc"
), "t18" AS (
  SELECT
    "t16"."person_id",
    "t16"."benefit",
    MIN("t16"."start_date") AS "c1"
  FROM "t14" AS "t16"
  GROUP BY
    1,
    2
), "t27" AS (
  SELECT
    "t26"."person_id",
    "t26"."benefit",
    "t26"."c1",
    "t26"."c2"
  FROM (
    SELECT
      "t20"."person_id",
      "t20"."benefit",
      "t20"."c1",
      "t25"."person_id" AS "person_id_right",
      "t25"."benefit" AS "benefit_right",
      "t25"."c2"
    FROM "t18" AS "t20"
    LEFT OUTER JOIN (
      SELECT
        "t23"."person_id",
        "t23"."benefit",
        MIN("t23"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t17"."person_id",
            "t17"."benefit",
            "t17"."start_date",
            "t17"."end_date",
            "t17"."target_group",
            "t17"."first_contact_date",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."municipality",
            "t17"."work_obligation",
            "t17"."education_order",
            "t17"."introduction_programme",
            "t17"."expected_absence_weeks",
            "t17"."handover_date",
            "t17"."early_followup_request_date",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell",
            "t17"."_spell_start",
            "t21"."c1"
          FROM "t14" AS "t17"
          INNER JOIN "t18" AS "t21"
            ON "t17"."person_id" = "t21"."person_id" AND "t17"."benefit" = "t21"."benefit"
        ) AS "t22"
        WHERE
          "t22"."start_date" >= CAST(CAST("t22"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t22"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t23"
      GROUP BY
        1,
        2
    ) AS "t25"
      ON "t20"."person_id" = "t25"."person_id" AND "t20"."benefit" = "t25"."benefit"
  ) AS "t26"
), "t36" AS (
  SELECT
    "t35"."person_id",
    "t35"."benefit",
    "t35"."c1",
    "t35"."c2",
    "t35"."c3"
  FROM (
    SELECT
      "t29"."person_id",
      "t29"."benefit",
      "t29"."c1",
      "t29"."c2",
      "t34"."person_id" AS "person_id_right",
      "t34"."benefit" AS "benefit_right",
      "t34"."c3"
    FROM "t27" AS "t29"
    LEFT OUTER JOIN (
      SELECT
        "t32"."person_id",
        "t32"."benefit",
        MIN("t32"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t17"."person_id",
            "t17"."benefit",
            "t17"."start_date",
            "t17"."end_date",
            "t17"."target_group",
            "t17"."first_contact_date",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."municipality",
            "t17"."work_obligation",
            "t17"."education_order",
            "t17"."introduction_programme",
            "t17"."expected_absence_weeks",
            "t17"."handover_date",
            "t17"."early_followup_request_date",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell",
            "t17"."_spell_start",
            "t30"."c1",
            "t30"."c2"
          FROM "t14" AS "t17"
          INNER JOIN "t27" AS "t30"
            ON "t17"."person_id" = "t30"."person_id" AND "t17"."benefit" = "t30"."benefit"
        ) AS "t31"
        WHERE
          "t31"."start_date" >= CAST(CAST("t31"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t31"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t32"
      GROUP BY
        1,
        2
    ) AS "t34"
      ON "t29"."person_id" = "t34"."person_id" AND "t29"."benefit" = "t34"."benefit"
  ) AS "t35"
), "t59" AS (
  SELECT
    *
  FROM (
    SELECT
      "t13"."person_id",
      "t13"."benefit",
      "t13"."start_date",
      "t13"."_end",
      "t13"."_spell_start" AS "_key",
      "t13"."_acc",
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
      "t13"."education_order"
    FROM "t12" AS "t13"
    WHERE
      NOT (
        "t13"."_acc"
      )
  ) AS "t15"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t57"."person_id",
      "t57"."benefit",
      "t57"."start_date",
      "t57"."_end",
      "t57"."_key",
      "t57"."_acc",
      "t57"."first_contact_date",
      "t57"."target_group",
      "t57"."first_absence_date",
      "t57"."sickness_category",
      "t57"."employed",
      "t57"."handover_date",
      "t57"."expected_absence_weeks",
      "t57"."work_obligation",
      "t57"."municipality",
      "t57"."early_followup_request_date",
      "t57"."education_order"
    FROM (
      SELECT
        "t56".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t55"."person_id",
          "t55"."benefit",
          "t55"."start_date",
          "t55"."end_date",
          "t55"."target_group",
          "t55"."first_contact_date",
          "t55"."first_absence_date",
          "t55"."sickness_category",
          "t55"."employed",
          "t55"."municipality",
          "t55"."work_obligation",
          "t55"."education_order",
          "t55"."introduction_programme",
          "t55"."expected_absence_weeks",
          "t55"."handover_date",
          "t55"."early_followup_request_date",
          "t55"."_end",
          "t55"."_acc",
          "t55"."_switch",
          "t55"."_run",
          "t55"."_new",
          "t55"."_spell",
          "t55"."_spell_start",
          "t55"."c1",
          "t55"."c2",
          "t55"."c3",
          "t55"."c4",
          "t55"."c5",
          GREATEST(
            CASE
              WHEN "t55"."c1" <= "t55"."start_date"
              THEN "t55"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t55"."c2" <= "t55"."start_date"
              THEN "t55"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t55"."c3" <= "t55"."start_date"
              THEN "t55"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t55"."c4" <= "t55"."start_date"
              THEN "t55"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t55"."c5" <= "t55"."start_date"
              THEN "t55"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t17"."person_id",
            "t17"."benefit",
            "t17"."start_date",
            "t17"."end_date",
            "t17"."target_group",
            "t17"."first_contact_date",
            "t17"."first_absence_date",
            "t17"."sickness_category",
            "t17"."employed",
            "t17"."municipality",
            "t17"."work_obligation",
            "t17"."education_order",
            "t17"."introduction_programme",
            "t17"."expected_absence_weeks",
            "t17"."handover_date",
            "t17"."early_followup_request_date",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
            "t17"."_spell",
            "t17"."_spell_start",
            "t54"."c1",
            "t54"."c2",
            "t54"."c3",
            "t54"."c4",
            "t54"."c5"
          FROM "t14" AS "t17"
          INNER JOIN (
            SELECT
              "t52".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t46"."person_id",
                "t46"."benefit",
                "t46"."c1",
                "t46"."c2",
                "t46"."c3",
                "t46"."c4",
                "t51"."person_id" AS "person_id_right",
                "t51"."benefit" AS "benefit_right",
                "t51"."c5"
              FROM (
                SELECT
                  "t44".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t38"."person_id",
                    "t38"."benefit",
                    "t38"."c1",
                    "t38"."c2",
                    "t38"."c3",
                    "t43"."person_id" AS "person_id_right",
                    "t43"."benefit" AS "benefit_right",
                    "t43"."c4"
                  FROM "t36" AS "t38"
                  LEFT OUTER JOIN (
                    SELECT
                      "t41"."person_id",
                      "t41"."benefit",
                      MIN("t41"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t17"."person_id",
                          "t17"."benefit",
                          "t17"."start_date",
                          "t17"."end_date",
                          "t17"."target_group",
                          "t17"."first_contact_date",
                          "t17"."first_absence_date",
                          "t17"."sickness_category",
                          "t17"."employed",
                          "t17"."municipality",
                          "t17"."work_obligation",
                          "t17"."education_order",
                          "t17"."introduction_programme",
                          "t17"."expected_absence_weeks",
                          "t17"."handover_date",
                          "t17"."early_followup_request_date",
                          "t17"."_end",
                          "t17"."_acc",
                          "t17"."_switch",
                          "t17"."_run",
                          "t17"."_new",
                          "t17"."_spell",
                          "t17"."_spell_start",
                          "t39"."c1",
                          "t39"."c2",
                          "t39"."c3"
                        FROM "t14" AS "t17"
                        INNER JOIN "t36" AS "t39"
                          ON "t17"."person_id" = "t39"."person_id" AND "t17"."benefit" = "t39"."benefit"
                      ) AS "t40"
                      WHERE
                        "t40"."start_date" >= CAST(CAST("t40"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t40"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t41"
                    GROUP BY
                      1,
                      2
                  ) AS "t43"
                    ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
                ) AS "t44"
              ) AS "t46"
              LEFT OUTER JOIN (
                SELECT
                  "t49"."person_id",
                  "t49"."benefit",
                  MIN("t49"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t17"."person_id",
                      "t17"."benefit",
                      "t17"."start_date",
                      "t17"."end_date",
                      "t17"."target_group",
                      "t17"."first_contact_date",
                      "t17"."first_absence_date",
                      "t17"."sickness_category",
                      "t17"."employed",
                      "t17"."municipality",
                      "t17"."work_obligation",
                      "t17"."education_order",
                      "t17"."introduction_programme",
                      "t17"."expected_absence_weeks",
                      "t17"."handover_date",
                      "t17"."early_followup_request_date",
                      "t17"."_end",
                      "t17"."_acc",
                      "t17"."_switch",
                      "t17"."_run",
                      "t17"."_new",
                      "t17"."_spell",
                      "t17"."_spell_start",
                      "t47"."c1",
                      "t47"."c2",
                      "t47"."c3",
                      "t47"."c4"
                    FROM "t14" AS "t17"
                    INNER JOIN (
                      SELECT
                        "t44".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t38"."person_id",
                          "t38"."benefit",
                          "t38"."c1",
                          "t38"."c2",
                          "t38"."c3",
                          "t43"."person_id" AS "person_id_right",
                          "t43"."benefit" AS "benefit_right",
                          "t43"."c4"
                        FROM "t36" AS "t38"
                        LEFT OUTER JOIN (
                          SELECT
                            "t41"."person_id",
                            "t41"."benefit",
                            MIN("t41"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t17"."person_id",
                                "t17"."benefit",
                                "t17"."start_date",
                                "t17"."end_date",
                                "t17"."target_group",
                                "t17"."first_contact_date",
                                "t17"."first_absence_date",
                                "t17"."sickness_category",
                                "t17"."employed",
                                "t17"."municipality",
                                "t17"."work_obligation",
                                "t17"."education_order",
                                "t17"."introduction_programme",
                                "t17"."expected_absence_weeks",
                                "t17"."handover_date",
                                "t17"."early_followup_request_date",
                                "t17"."_end",
                                "t17"."_acc",
                                "t17"."_switch",
                                "t17"."_run",
                                "t17"."_new",
                                "t17"."_spell",
                                "t17"."_spell_start",
                                "t39"."c1",
                                "t39"."c2",
                                "t39"."c3"
                              FROM "t14" AS "t17"
                              INNER JOIN "t36" AS "t39"
                                ON "t17"."person_id" = "t39"."person_id" AND "t17"."benefit" = "t39"."benefit"
                            ) AS "t40"
                            WHERE
                              "t40"."start_date" >= CAST(CAST("t40"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t40"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t41"
                          GROUP BY
                            1,
                            2
                        ) AS "t43"
                          ON "t38"."person_id" = "t43"."person_id" AND "t38"."benefit" = "t43"."benefit"
                      ) AS "t44"
                    ) AS "t47"
                      ON "t17"."person_id" = "t47"."person_id" AND "t17"."benefit" = "t47"."benefit"
                  ) AS "t48"
                  WHERE
                    "t48"."start_date" >= CAST(CAST("t48"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t48"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t49"
                GROUP BY
                  1,
                  2
              ) AS "t51"
                ON "t46"."person_id" = "t51"."person_id" AND "t46"."benefit" = "t51"."benefit"
            ) AS "t52"
          ) AS "t54"
            ON "t17"."person_id" = "t54"."person_id" AND "t17"."benefit" = "t54"."benefit"
        ) AS "t55"
      ) AS "t56"
    ) AS "t57"
  ) AS "t58"
), "t63" AS (
  SELECT
    "t62"."person_id",
    "t62"."benefit",
    "t62"."_key" AS "start_date",
    CASE
      WHEN "t62"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t62"."_end"
    END AS "end_date",
    "t62"."first_contact_date",
    "t62"."target_group",
    "t62"."first_absence_date",
    "t62"."sickness_category",
    "t62"."employed",
    "t62"."handover_date",
    "t62"."expected_absence_weeks",
    "t62"."work_obligation",
    "t62"."municipality",
    "t62"."early_followup_request_date",
    "t62"."education_order",
    "t62"."periods",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t62"."_key" >= MAKE_DATE(2020, 1, 1)
            THEN ['kontanthjaelp', 'uddannelseshjaelp']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t62"."benefit"
        ),
        FALSE
      )
      THEN COALESCE("t62"."first_contact_date", "t62"."_key")
      ELSE "t62"."_key"
    END AS "window_start"
  FROM (
    SELECT
      "t60"."person_id",
      "t60"."benefit",
      "t60"."_key",
      MAX("t60"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t60"."first_contact_date" ORDER BY "t60"."start_date") AS "first_contact_date",
      FIRST("t60"."target_group" ORDER BY "t60"."start_date") AS "target_group",
      FIRST("t60"."first_absence_date" ORDER BY "t60"."start_date") AS "first_absence_date",
      FIRST("t60"."sickness_category" ORDER BY "t60"."start_date") AS "sickness_category",
      FIRST("t60"."employed" ORDER BY "t60"."start_date") AS "employed",
      FIRST("t60"."handover_date" ORDER BY "t60"."start_date") AS "handover_date",
      FIRST("t60"."expected_absence_weeks" ORDER BY "t60"."start_date") AS "expected_absence_weeks",
      FIRST("t60"."work_obligation" ORDER BY "t60"."start_date") AS "work_obligation",
      FIRST("t60"."municipality" ORDER BY "t60"."start_date") AS "municipality",
      MIN("t60"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t60"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM "t59" AS "t60"
    GROUP BY
      1,
      2,
      3
  ) AS "t62"
  WHERE
    "t62"."benefit" IN ('dagpenge', 'kontanthjaelp')
)
SELECT
  "t101"."person_id",
  "t101"."benefit",
  'offer_6m' AS "kind",
  'offer_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t101"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, svar på spørgsmål fra webinar 21.1.2026 (tilbud til 75 %)'
    WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 102, stk. 1'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t101"."window_start",
  CASE
    WHEN COALESCE("t101"."is_applicable", FALSE)
    THEN "t101"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t101"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t101"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t101"."fulfilled_date" <= COALESCE("t101"."on_time_until", "t101"."due_date")
    )
    THEN 'met'
    WHEN "t101"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t101"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t101"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t101"."is_applicable", FALSE)
    THEN "t101"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t101"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t101"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t101"."fulfilled_date" > COALESCE("t101"."on_time_until", "t101"."due_date")
    )
    THEN DATE_DIFF('DAY', COALESCE("t101"."on_time_until", "t101"."due_date"), "t101"."fulfilled_date")
    WHEN NOT (
      "t101"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t101"."is_exempt", FALSE)
    )
    AND (
      "t101"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t101"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t101"."is_applicable", FALSE)
              THEN "t101"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t101"."window_start"
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
              WHEN COALESCE("t101"."is_applicable", FALSE)
              THEN "t101"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t101"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'offer_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t101"."evidence", '')
    ELSE COALESCE("t101"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t100"."person_id",
    "t100"."benefit",
    "t100"."start_date",
    "t100"."end_date",
    "t100"."first_contact_date",
    "t100"."target_group",
    "t100"."first_absence_date",
    "t100"."sickness_category",
    "t100"."employed",
    "t100"."handover_date",
    "t100"."expected_absence_weeks",
    "t100"."work_obligation",
    "t100"."municipality",
    "t100"."early_followup_request_date",
    "t100"."education_order",
    "t100"."periods",
    "t100"."window_start",
    "t100"."in_force",
    "t100"."_end_unconfirmed",
    "t100"."due0",
    "t100"."exemption_start",
    "t100"."exemption_end",
    "t100"."exemption_reason",
    "t100"."due_date",
    "t100"."fulfilled_date",
    "t100"."offer_kind",
    "t100"."offer_end",
    CASE
      WHEN COALESCE(
        ARRAY_CONTAINS(
          CASE
            WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN ['loentilskud']
            ELSE CAST(NULL AS TEXT[])
          END,
          "t100"."offer_kind"
        ),
        FALSE
      )
      THEN CAST(CAST("t100"."due_date" + TO_DAYS(
        COALESCE(
          CASE
            WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
            THEN 3
            ELSE CAST(NULL AS BIGINT)
          END,
          0
        ) * 7
      ) AS TIMESTAMP) AS DATE)
      ELSE "t100"."due_date"
    END AS "on_time_until",
    "t100"."in_force"
    AND NOT (
      (
        "t100"."end_date" IS NOT NULL
      )
      AND (
        "t100"."end_date" < "t100"."due_date"
      )
      AND (
        "t100"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    (
      "t100"."exemption_end" IS NOT NULL
    )
    AND (
      CAST($as_of AS DATE) <= "t100"."exemption_end"
    ) AS "is_exempt",
    CASE
      WHEN "t100"."_end_unconfirmed"
      THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CASE
        WHEN "t100"."fulfilled_date" IS NOT NULL
        THEN "t100"."offer_kind" || ' ' || CAST("t100"."fulfilled_date" AS TEXT) || '–' || CAST("t100"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t100"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t100"."end_date" IS NOT NULL
        )
        AND (
          "t100"."end_date" < "t100"."due_date"
        )
        AND (
          "t100"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t100"."end_date" AS TEXT) || ' før fristen'
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      WHEN CASE
        WHEN "t100"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t100"."exemption_start" AS TEXT) || '–' || CAST("t100"."exemption_end" AS TEXT) || ' (' || "t100"."exemption_reason" || ')'
        ELSE ''
      END = ''
      THEN CASE
        WHEN "t100"."fulfilled_date" IS NOT NULL
        THEN "t100"."offer_kind" || ' ' || CAST("t100"."fulfilled_date" AS TEXT) || '–' || CAST("t100"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t100"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t100"."end_date" IS NOT NULL
        )
        AND (
          "t100"."end_date" < "t100"."due_date"
        )
        AND (
          "t100"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t100"."end_date" AS TEXT) || ' før fristen'
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END
      ELSE CASE
        WHEN "t100"."fulfilled_date" IS NOT NULL
        THEN "t100"."offer_kind" || ' ' || CAST("t100"."fulfilled_date" AS TEXT) || '–' || CAST("t100"."offer_end" AS TEXT) || CASE
          WHEN COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN ['loentilskud']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t100"."offer_kind"
            ),
            FALSE
          )
          THEN ' (løntilskud: start inden for henstand tæller)'
          ELSE ''
        END
        WHEN (
          "t100"."end_date" IS NOT NULL
        )
        AND (
          "t100"."end_date" < "t100"."due_date"
        )
        AND (
          "t100"."fulfilled_date" IS NULL
        )
        THEN 'ydelsesforløbet sluttede ' || CAST("t100"."end_date" AS TEXT) || ' før fristen'
        ELSE 'intet tilbud af mindst 2 ugers varighed'
      END || '; ' || CASE
        WHEN "t100"."exemption_end" IS NOT NULL
        THEN 'fritaget ' || CAST("t100"."exemption_start" AS TEXT) || '–' || CAST("t100"."exemption_end" AS TEXT) || ' (' || "t100"."exemption_reason" || ')'
        ELSE ''
      END
    END AS "evidence"
  FROM (
    SELECT
      "t99".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t95"."person_id",
        "t95"."benefit",
        "t95"."start_date",
        "t95"."end_date",
        "t95"."first_contact_date",
        "t95"."target_group",
        "t95"."first_absence_date",
        "t95"."sickness_category",
        "t95"."employed",
        "t95"."handover_date",
        "t95"."expected_absence_weeks",
        "t95"."work_obligation",
        "t95"."municipality",
        "t95"."early_followup_request_date",
        "t95"."education_order",
        "t95"."periods",
        "t95"."window_start",
        "t95"."in_force",
        "t95"."_end_unconfirmed",
        "t95"."due0",
        "t95"."exemption_start",
        "t95"."exemption_end",
        "t95"."exemption_reason",
        "t95"."due_date",
        "t98"."person_id" AS "person_id_right",
        "t98"."benefit" AS "benefit_right",
        "t98"."start_date" AS "start_date_right",
        "t98"."fulfilled_date",
        "t98"."offer_kind",
        "t98"."offer_end"
      FROM (
        SELECT
          "t90"."person_id",
          "t90"."benefit",
          "t90"."start_date",
          "t90"."end_date",
          "t90"."first_contact_date",
          "t90"."target_group",
          "t90"."first_absence_date",
          "t90"."sickness_category",
          "t90"."employed",
          "t90"."handover_date",
          "t90"."expected_absence_weeks",
          "t90"."work_obligation",
          "t90"."municipality",
          "t90"."early_followup_request_date",
          "t90"."education_order",
          "t90"."periods",
          "t90"."window_start",
          "t90"."in_force",
          "t90"."_end_unconfirmed",
          "t90"."due0",
          "t90"."exemption_start",
          "t90"."exemption_end",
          "t90"."exemption_reason",
          CASE
            WHEN "t90"."exemption_end" IS NOT NULL
            THEN CAST(CAST("t90"."exemption_end" + TO_MONTHS(
              CASE
                WHEN "t90"."window_start" >= MAKE_DATE(2020, 1, 1)
                THEN 1
                ELSE CAST(NULL AS BIGINT)
              END
            ) AS TIMESTAMP) AS DATE)
            ELSE "t90"."due0"
          END AS "due_date"
        FROM (
          SELECT
            "t89".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t83"."person_id",
              "t83"."benefit",
              "t83"."start_date",
              "t83"."end_date",
              "t83"."first_contact_date",
              "t83"."target_group",
              "t83"."first_absence_date",
              "t83"."sickness_category",
              "t83"."employed",
              "t83"."handover_date",
              "t83"."expected_absence_weeks",
              "t83"."work_obligation",
              "t83"."municipality",
              "t83"."early_followup_request_date",
              "t83"."education_order",
              "t83"."periods",
              "t83"."window_start",
              "t83"."in_force",
              "t83"."_end_unconfirmed",
              "t83"."due0",
              "t88"."person_id" AS "person_id_right",
              "t88"."benefit" AS "benefit_right",
              "t88"."start_date" AS "start_date_right",
              "t88"."exemption_start",
              "t88"."exemption_end",
              "t88"."exemption_reason"
            FROM (
              SELECT
                "t81".*
                EXCLUDE ("_acc_point", "_needed", "_plain")
              FROM (
                SELECT
                  "t80"."person_id",
                  "t80"."benefit",
                  "t80"."start_date",
                  "t80"."end_date",
                  "t80"."first_contact_date",
                  "t80"."target_group",
                  "t80"."first_absence_date",
                  "t80"."sickness_category",
                  "t80"."employed",
                  "t80"."handover_date",
                  "t80"."expected_absence_weeks",
                  "t80"."work_obligation",
                  "t80"."municipality",
                  "t80"."early_followup_request_date",
                  "t80"."education_order",
                  "t80"."periods",
                  "t80"."window_start",
                  "t80"."in_force",
                  "t80"."_end_unconfirmed",
                  "t80"."_plain",
                  "t80"."_needed",
                  "t80"."_acc_point",
                  COALESCE("t80"."_acc_point", "t80"."_plain") AS "due0"
                FROM (
                  SELECT
                    "t79".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t70"."person_id",
                      "t70"."benefit",
                      "t70"."start_date",
                      "t70"."end_date",
                      "t70"."first_contact_date",
                      "t70"."target_group",
                      "t70"."first_absence_date",
                      "t70"."sickness_category",
                      "t70"."employed",
                      "t70"."handover_date",
                      "t70"."expected_absence_weeks",
                      "t70"."work_obligation",
                      "t70"."municipality",
                      "t70"."early_followup_request_date",
                      "t70"."education_order",
                      "t70"."periods",
                      "t70"."window_start",
                      "t70"."in_force",
                      "t70"."_end_unconfirmed",
                      "t70"."_plain",
                      "t70"."_needed",
                      "t78"."person_id" AS "person_id_right",
                      "t78"."benefit" AS "benefit_right",
                      "t78"."start_date" AS "start_date_right",
                      "t78"."_acc_point"
                    FROM (
                      SELECT
                        "t65"."person_id",
                        "t65"."benefit",
                        "t65"."start_date",
                        "t65"."end_date",
                        "t65"."first_contact_date",
                        "t65"."target_group",
                        "t65"."first_absence_date",
                        "t65"."sickness_category",
                        "t65"."employed",
                        "t65"."handover_date",
                        "t65"."expected_absence_weeks",
                        "t65"."work_obligation",
                        "t65"."municipality",
                        "t65"."early_followup_request_date",
                        "t65"."education_order",
                        "t65"."periods",
                        "t65"."window_start",
                        (
                          CASE
                            WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                            THEN CAST(NULL AS BIGINT)
                            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END IS NOT NULL
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['dagpenge', 'kontanthjaelp']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t65"."benefit"
                          ),
                          FALSE
                        )
                        AND (
                          (
                            "t65"."target_group" IS NULL
                          )
                          OR COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobparat', 'aktivitetsparat']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t65"."target_group"
                            ),
                            FALSE
                          )
                        ) AS "in_force",
                        COALESCE(
                          (
                            CASE
                              WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END IS NULL
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                              "t65"."benefit"
                            )
                            OR ARRAY_CONTAINS(
                              CASE
                                WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                              "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                            ),
                            FALSE
                          ),
                          FALSE
                        ) AS "_end_unconfirmed",
                        CAST(CAST("t65"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                        DATE_DIFF(
                          'DAY',
                          "t65"."window_start",
                          CAST(CAST("t65"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 6
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                        ) AS "_needed"
                      FROM "t63" AS "t65"
                    ) AS "t70"
                    LEFT OUTER JOIN (
                      SELECT
                        "t76"."person_id",
                        "t76"."benefit",
                        "t76"."start_date",
                        FIRST(
                          CAST(CAST("t76"."i_start" + TO_DAYS(CAST("t76"."_n" - "t76"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t76"."i_start"
                        ) AS "_acc_point"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t71"."person_id",
                            "t71"."benefit",
                            "t71"."start_date",
                            "t71"."_n",
                            "t74"."i_start",
                            "t74"."i_end",
                            "t74"."cum_before"
                          FROM (
                            SELECT
                              "t65"."person_id",
                              "t65"."benefit",
                              "t65"."start_date",
                              DATE_DIFF(
                                'DAY',
                                "t65"."window_start",
                                CAST(CAST("t65"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_n"
                            FROM "t63" AS "t65"
                            WHERE
                              COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['dagpenge']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t65"."benefit"
                                ),
                                FALSE
                              )
                          ) AS "t71"
                          INNER JOIN (
                            SELECT
                              "t72"."person_id",
                              "t72"."benefit",
                              "t72"."_key" AS "start_date",
                              "t72"."i_start",
                              "t72"."i_end",
                              CAST(COALESCE(
                                SUM("t72"."_len") OVER (
                                  PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                  ORDER BY "t72"."i_start" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ),
                                0
                              ) AS INT) AS "cum_before"
                            FROM (
                              SELECT
                                "t67"."person_id",
                                "t67"."benefit",
                                "t67"."_key",
                                "t67"."_island",
                                "t67"."i_start",
                                "t67"."i_end",
                                CASE
                                  WHEN "t67"."i_end" = MAKE_DATE(9999, 12, 31)
                                  THEN 0
                                  ELSE DATE_DIFF('DAY', "t67"."i_start", "t67"."i_end") + 1
                                END AS "_len"
                              FROM (
                                SELECT
                                  "t66"."person_id",
                                  "t66"."benefit",
                                  "t66"."_key",
                                  "t66"."_island",
                                  MIN("t66"."start_date") AS "i_start",
                                  MAX("t66"."_end") AS "i_end"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."start_date",
                                    "t64"."_end",
                                    "t64"."_key",
                                    "t64"."_acc",
                                    "t64"."first_contact_date",
                                    "t64"."target_group",
                                    "t64"."first_absence_date",
                                    "t64"."sickness_category",
                                    "t64"."employed",
                                    "t64"."handover_date",
                                    "t64"."expected_absence_weeks",
                                    "t64"."work_obligation",
                                    "t64"."municipality",
                                    "t64"."early_followup_request_date",
                                    "t64"."education_order",
                                    "t64"."_new",
                                    SUM("t64"."_new") OVER (
                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                    ) AS "_island"
                                  FROM (
                                    SELECT
                                      "t61"."person_id",
                                      "t61"."benefit",
                                      "t61"."start_date",
                                      "t61"."_end",
                                      "t61"."_key",
                                      "t61"."_acc",
                                      "t61"."first_contact_date",
                                      "t61"."target_group",
                                      "t61"."first_absence_date",
                                      "t61"."sickness_category",
                                      "t61"."employed",
                                      "t61"."handover_date",
                                      "t61"."expected_absence_weeks",
                                      "t61"."work_obligation",
                                      "t61"."municipality",
                                      "t61"."early_followup_request_date",
                                      "t61"."education_order",
                                      CASE
                                        WHEN MAX("t61"."_end") OVER (
                                          PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                          ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) IS NULL
                                        THEN 1
                                        WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                          PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                          ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                        THEN 1
                                        ELSE 0
                                      END AS "_new"
                                    FROM (
                                      SELECT
                                        *
                                      FROM "t59" AS "t60"
                                      WHERE
                                        "t60"."_acc"
                                    ) AS "t61"
                                  ) AS "t64"
                                ) AS "t66"
                                GROUP BY
                                  1,
                                  2,
                                  3,
                                  4
                              ) AS "t67"
                            ) AS "t72"
                          ) AS "t74"
                            ON "t71"."person_id" = "t74"."person_id"
                            AND "t71"."benefit" = "t74"."benefit"
                            AND "t71"."start_date" = "t74"."start_date"
                        ) AS "t75"
                        WHERE
                          (
                            "t75"."i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t75"."cum_before" + DATE_DIFF('DAY', "t75"."i_start", "t75"."i_end") + 1
                            ) >= "t75"."_n"
                          )
                      ) AS "t76"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t78"
                      ON "t70"."person_id" = "t78"."person_id"
                      AND "t70"."benefit" = "t78"."benefit"
                      AND "t70"."start_date" = "t78"."start_date"
                  ) AS "t79"
                ) AS "t80"
              ) AS "t81"
            ) AS "t83"
            LEFT OUTER JOIN (
              SELECT
                "t86"."person_id",
                "t86"."benefit",
                "t86"."start_date",
                FIRST("t86"."_ex_start" ORDER BY "t86"."_ex_end" DESC) AS "exemption_start",
                MAX("t86"."_ex_end") AS "exemption_end",
                FIRST("t86"."_ex_reason" ORDER BY "t86"."_ex_end" DESC) AS "exemption_reason"
              FROM (
                SELECT
                  "t85"."person_id",
                  "t85"."benefit",
                  "t85"."start_date",
                  "t85"."_day",
                  "t6"."_pid",
                  "t6"."_ex_start",
                  "t6"."_ex_end",
                  "t6"."_ex_reason"
                FROM (
                  SELECT
                    "t82"."person_id",
                    "t82"."benefit",
                    "t82"."start_date",
                    "t82"."due0" AS "_day"
                  FROM (
                    SELECT
                      "t81".*
                      EXCLUDE ("_acc_point", "_needed", "_plain")
                    FROM (
                      SELECT
                        "t80"."person_id",
                        "t80"."benefit",
                        "t80"."start_date",
                        "t80"."end_date",
                        "t80"."first_contact_date",
                        "t80"."target_group",
                        "t80"."first_absence_date",
                        "t80"."sickness_category",
                        "t80"."employed",
                        "t80"."handover_date",
                        "t80"."expected_absence_weeks",
                        "t80"."work_obligation",
                        "t80"."municipality",
                        "t80"."early_followup_request_date",
                        "t80"."education_order",
                        "t80"."periods",
                        "t80"."window_start",
                        "t80"."in_force",
                        "t80"."_end_unconfirmed",
                        "t80"."_plain",
                        "t80"."_needed",
                        "t80"."_acc_point",
                        COALESCE("t80"."_acc_point", "t80"."_plain") AS "due0"
                      FROM (
                        SELECT
                          "t79".*
                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                        FROM (
                          SELECT
                            "t70"."person_id",
                            "t70"."benefit",
                            "t70"."start_date",
                            "t70"."end_date",
                            "t70"."first_contact_date",
                            "t70"."target_group",
                            "t70"."first_absence_date",
                            "t70"."sickness_category",
                            "t70"."employed",
                            "t70"."handover_date",
                            "t70"."expected_absence_weeks",
                            "t70"."work_obligation",
                            "t70"."municipality",
                            "t70"."early_followup_request_date",
                            "t70"."education_order",
                            "t70"."periods",
                            "t70"."window_start",
                            "t70"."in_force",
                            "t70"."_end_unconfirmed",
                            "t70"."_plain",
                            "t70"."_needed",
                            "t78"."person_id" AS "person_id_right",
                            "t78"."benefit" AS "benefit_right",
                            "t78"."start_date" AS "start_date_right",
                            "t78"."_acc_point"
                          FROM (
                            SELECT
                              "t65"."person_id",
                              "t65"."benefit",
                              "t65"."start_date",
                              "t65"."end_date",
                              "t65"."first_contact_date",
                              "t65"."target_group",
                              "t65"."first_absence_date",
                              "t65"."sickness_category",
                              "t65"."employed",
                              "t65"."handover_date",
                              "t65"."expected_absence_weeks",
                              "t65"."work_obligation",
                              "t65"."municipality",
                              "t65"."early_followup_request_date",
                              "t65"."education_order",
                              "t65"."periods",
                              "t65"."window_start",
                              (
                                CASE
                                  WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NOT NULL
                              )
                              AND COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['dagpenge', 'kontanthjaelp']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t65"."benefit"
                                ),
                                FALSE
                              )
                              AND (
                                (
                                  "t65"."target_group" IS NULL
                                )
                                OR COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN ['jobparat', 'aktivitetsparat']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t65"."target_group"
                                  ),
                                  FALSE
                                )
                              ) AS "in_force",
                              COALESCE(
                                (
                                  CASE
                                    WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                    "t65"."benefit"
                                  )
                                  OR ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                    "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                  ),
                                  FALSE
                                ),
                                FALSE
                              ) AS "_end_unconfirmed",
                              CAST(CAST("t65"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t65"."window_start",
                                CAST(CAST("t65"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM "t63" AS "t65"
                          ) AS "t70"
                          LEFT OUTER JOIN (
                            SELECT
                              "t76"."person_id",
                              "t76"."benefit",
                              "t76"."start_date",
                              FIRST(
                                CAST(CAST("t76"."i_start" + TO_DAYS(CAST("t76"."_n" - "t76"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t76"."i_start"
                              ) AS "_acc_point"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t71"."person_id",
                                  "t71"."benefit",
                                  "t71"."start_date",
                                  "t71"."_n",
                                  "t74"."i_start",
                                  "t74"."i_end",
                                  "t74"."cum_before"
                                FROM (
                                  SELECT
                                    "t65"."person_id",
                                    "t65"."benefit",
                                    "t65"."start_date",
                                    DATE_DIFF(
                                      'DAY',
                                      "t65"."window_start",
                                      CAST(CAST("t65"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_n"
                                  FROM "t63" AS "t65"
                                  WHERE
                                    COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['dagpenge']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t65"."benefit"
                                      ),
                                      FALSE
                                    )
                                ) AS "t71"
                                INNER JOIN (
                                  SELECT
                                    "t72"."person_id",
                                    "t72"."benefit",
                                    "t72"."_key" AS "start_date",
                                    "t72"."i_start",
                                    "t72"."i_end",
                                    CAST(COALESCE(
                                      SUM("t72"."_len") OVER (
                                        PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                        ORDER BY "t72"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."_key",
                                      "t67"."_island",
                                      "t67"."i_start",
                                      "t67"."i_end",
                                      CASE
                                        WHEN "t67"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t67"."i_start", "t67"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."_key",
                                        "t66"."_island",
                                        MIN("t66"."start_date") AS "i_start",
                                        MAX("t66"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."start_date",
                                          "t64"."_end",
                                          "t64"."_key",
                                          "t64"."_acc",
                                          "t64"."first_contact_date",
                                          "t64"."target_group",
                                          "t64"."first_absence_date",
                                          "t64"."sickness_category",
                                          "t64"."employed",
                                          "t64"."handover_date",
                                          "t64"."expected_absence_weeks",
                                          "t64"."work_obligation",
                                          "t64"."municipality",
                                          "t64"."early_followup_request_date",
                                          "t64"."education_order",
                                          "t64"."_new",
                                          SUM("t64"."_new") OVER (
                                            PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                            ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t61"."person_id",
                                            "t61"."benefit",
                                            "t61"."start_date",
                                            "t61"."_end",
                                            "t61"."_key",
                                            "t61"."_acc",
                                            "t61"."first_contact_date",
                                            "t61"."target_group",
                                            "t61"."first_absence_date",
                                            "t61"."sickness_category",
                                            "t61"."employed",
                                            "t61"."handover_date",
                                            "t61"."expected_absence_weeks",
                                            "t61"."work_obligation",
                                            "t61"."municipality",
                                            "t61"."early_followup_request_date",
                                            "t61"."education_order",
                                            CASE
                                              WHEN MAX("t61"."_end") OVER (
                                                PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                                PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t59" AS "t60"
                                            WHERE
                                              "t60"."_acc"
                                          ) AS "t61"
                                        ) AS "t64"
                                      ) AS "t66"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t67"
                                  ) AS "t72"
                                ) AS "t74"
                                  ON "t71"."person_id" = "t74"."person_id"
                                  AND "t71"."benefit" = "t74"."benefit"
                                  AND "t71"."start_date" = "t74"."start_date"
                              ) AS "t75"
                              WHERE
                                (
                                  "t75"."i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t75"."cum_before" + DATE_DIFF('DAY', "t75"."i_start", "t75"."i_end") + 1
                                  ) >= "t75"."_n"
                                )
                            ) AS "t76"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t78"
                            ON "t70"."person_id" = "t78"."person_id"
                            AND "t70"."benefit" = "t78"."benefit"
                            AND "t70"."start_date" = "t78"."start_date"
                        ) AS "t79"
                      ) AS "t80"
                    ) AS "t81"
                  ) AS "t82"
                ) AS "t85"
                INNER JOIN (
                  SELECT
                    "t1"."person_id" AS "_pid",
                    "t1"."start_date" AS "_ex_start",
                    "t1"."end_date" AS "_ex_end",
                    "t1"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t1"
                  WHERE
                    "t1"."start_date" <= CAST($as_of AS DATE)
                ) AS "t6"
                  ON "t85"."person_id" = "t6"."_pid"
                  AND "t6"."_ex_start" <= "t85"."_day"
                  AND "t6"."_ex_end" >= "t85"."_day"
              ) AS "t86"
              GROUP BY
                1,
                2,
                3
            ) AS "t88"
              ON "t83"."person_id" = "t88"."person_id"
              AND "t83"."benefit" = "t88"."benefit"
              AND "t83"."start_date" = "t88"."start_date"
          ) AS "t89"
        ) AS "t90"
      ) AS "t95"
      LEFT OUTER JOIN (
        SELECT
          "t96"."person_id",
          "t96"."benefit",
          "t96"."start_date",
          MIN("t96"."_start") AS "fulfilled_date",
          FIRST("t96"."_kind" ORDER BY "t96"."_start") AS "offer_kind",
          FIRST("t96"."_end" ORDER BY "t96"."_start") AS "offer_end"
        FROM (
          SELECT
            *
          FROM (
            SELECT
              "t92"."person_id",
              "t92"."benefit",
              "t92"."start_date",
              "t92"."_ws",
              "t92"."_last",
              "t5"."_pid",
              "t5"."_kind",
              "t5"."_start",
              "t5"."_end"
            FROM (
              SELECT
                "t90"."person_id",
                "t90"."benefit",
                "t90"."start_date",
                "t90"."window_start" AS "_ws",
                COALESCE("t90"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM (
                SELECT
                  "t89".*
                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                FROM (
                  SELECT
                    "t83"."person_id",
                    "t83"."benefit",
                    "t83"."start_date",
                    "t83"."end_date",
                    "t83"."first_contact_date",
                    "t83"."target_group",
                    "t83"."first_absence_date",
                    "t83"."sickness_category",
                    "t83"."employed",
                    "t83"."handover_date",
                    "t83"."expected_absence_weeks",
                    "t83"."work_obligation",
                    "t83"."municipality",
                    "t83"."early_followup_request_date",
                    "t83"."education_order",
                    "t83"."periods",
                    "t83"."window_start",
                    "t83"."in_force",
                    "t83"."_end_unconfirmed",
                    "t83"."due0",
                    "t88"."person_id" AS "person_id_right",
                    "t88"."benefit" AS "benefit_right",
                    "t88"."start_date" AS "start_date_right",
                    "t88"."exemption_start",
                    "t88"."exemption_end",
                    "t88"."exemption_reason"
                  FROM (
                    SELECT
                      "t81".*
                      EXCLUDE ("_acc_point", "_needed", "_plain")
                    FROM (
                      SELECT
                        "t80"."person_id",
                        "t80"."benefit",
                        "t80"."start_date",
                        "t80"."end_date",
                        "t80"."first_contact_date",
                        "t80"."target_group",
                        "t80"."first_absence_date",
                        "t80"."sickness_category",
                        "t80"."employed",
                        "t80"."handover_date",
                        "t80"."expected_absence_weeks",
                        "t80"."work_obligation",
                        "t80"."municipality",
                        "t80"."early_followup_request_date",
                        "t80"."education_order",
                        "t80"."periods",
                        "t80"."window_start",
                        "t80"."in_force",
                        "t80"."_end_unconfirmed",
                        "t80"."_plain",
                        "t80"."_needed",
                        "t80"."_acc_point",
                        COALESCE("t80"."_acc_point", "t80"."_plain") AS "due0"
                      FROM (
                        SELECT
                          "t79".*
                          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                        FROM (
                          SELECT
                            "t70"."person_id",
                            "t70"."benefit",
                            "t70"."start_date",
                            "t70"."end_date",
                            "t70"."first_contact_date",
                            "t70"."target_group",
                            "t70"."first_absence_date",
                            "t70"."sickness_category",
                            "t70"."employed",
                            "t70"."handover_date",
                            "t70"."expected_absence_weeks",
                            "t70"."work_obligation",
                            "t70"."municipality",
                            "t70"."early_followup_request_date",
                            "t70"."education_order",
                            "t70"."periods",
                            "t70"."window_start",
                            "t70"."in_force",
                            "t70"."_end_unconfirmed",
                            "t70"."_plain",
                            "t70"."_needed",
                            "t78"."person_id" AS "person_id_right",
                            "t78"."benefit" AS "benefit_right",
                            "t78"."start_date" AS "start_date_right",
                            "t78"."_acc_point"
                          FROM (
                            SELECT
                              "t65"."person_id",
                              "t65"."benefit",
                              "t65"."start_date",
                              "t65"."end_date",
                              "t65"."first_contact_date",
                              "t65"."target_group",
                              "t65"."first_absence_date",
                              "t65"."sickness_category",
                              "t65"."employed",
                              "t65"."handover_date",
                              "t65"."expected_absence_weeks",
                              "t65"."work_obligation",
                              "t65"."municipality",
                              "t65"."early_followup_request_date",
                              "t65"."education_order",
                              "t65"."periods",
                              "t65"."window_start",
                              (
                                CASE
                                  WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                  THEN CAST(NULL AS BIGINT)
                                  WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NOT NULL
                              )
                              AND COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN ['dagpenge', 'kontanthjaelp']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t65"."benefit"
                                ),
                                FALSE
                              )
                              AND (
                                (
                                  "t65"."target_group" IS NULL
                                )
                                OR COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN ['jobparat', 'aktivitetsparat']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t65"."target_group"
                                  ),
                                  FALSE
                                )
                              ) AS "in_force",
                              COALESCE(
                                (
                                  CASE
                                    WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NULL
                                )
                                AND COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                    "t65"."benefit"
                                  )
                                  OR ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                    "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                  ),
                                  FALSE
                                ),
                                FALSE
                              ) AS "_end_unconfirmed",
                              CAST(CAST("t65"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 6
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t65"."window_start",
                                CAST(CAST("t65"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 6
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM "t63" AS "t65"
                          ) AS "t70"
                          LEFT OUTER JOIN (
                            SELECT
                              "t76"."person_id",
                              "t76"."benefit",
                              "t76"."start_date",
                              FIRST(
                                CAST(CAST("t76"."i_start" + TO_DAYS(CAST("t76"."_n" - "t76"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t76"."i_start"
                              ) AS "_acc_point"
                            FROM (
                              SELECT
                                *
                              FROM (
                                SELECT
                                  "t71"."person_id",
                                  "t71"."benefit",
                                  "t71"."start_date",
                                  "t71"."_n",
                                  "t74"."i_start",
                                  "t74"."i_end",
                                  "t74"."cum_before"
                                FROM (
                                  SELECT
                                    "t65"."person_id",
                                    "t65"."benefit",
                                    "t65"."start_date",
                                    DATE_DIFF(
                                      'DAY',
                                      "t65"."window_start",
                                      CAST(CAST("t65"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_n"
                                  FROM "t63" AS "t65"
                                  WHERE
                                    COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['dagpenge']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t65"."benefit"
                                      ),
                                      FALSE
                                    )
                                ) AS "t71"
                                INNER JOIN (
                                  SELECT
                                    "t72"."person_id",
                                    "t72"."benefit",
                                    "t72"."_key" AS "start_date",
                                    "t72"."i_start",
                                    "t72"."i_end",
                                    CAST(COALESCE(
                                      SUM("t72"."_len") OVER (
                                        PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                        ORDER BY "t72"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."_key",
                                      "t67"."_island",
                                      "t67"."i_start",
                                      "t67"."i_end",
                                      CASE
                                        WHEN "t67"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t67"."i_start", "t67"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t66"."person_id",
                                        "t66"."benefit",
                                        "t66"."_key",
                                        "t66"."_island",
                                        MIN("t66"."start_date") AS "i_start",
                                        MAX("t66"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."start_date",
                                          "t64"."_end",
                                          "t64"."_key",
                                          "t64"."_acc",
                                          "t64"."first_contact_date",
                                          "t64"."target_group",
                                          "t64"."first_absence_date",
                                          "t64"."sickness_category",
                                          "t64"."employed",
                                          "t64"."handover_date",
                                          "t64"."expected_absence_weeks",
                                          "t64"."work_obligation",
                                          "t64"."municipality",
                                          "t64"."early_followup_request_date",
                                          "t64"."education_order",
                                          "t64"."_new",
                                          SUM("t64"."_new") OVER (
                                            PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                            ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t61"."person_id",
                                            "t61"."benefit",
                                            "t61"."start_date",
                                            "t61"."_end",
                                            "t61"."_key",
                                            "t61"."_acc",
                                            "t61"."first_contact_date",
                                            "t61"."target_group",
                                            "t61"."first_absence_date",
                                            "t61"."sickness_category",
                                            "t61"."employed",
                                            "t61"."handover_date",
                                            "t61"."expected_absence_weeks",
                                            "t61"."work_obligation",
                                            "t61"."municipality",
                                            "t61"."early_followup_request_date",
                                            "t61"."education_order",
                                            CASE
                                              WHEN MAX("t61"."_end") OVER (
                                                PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                                PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t59" AS "t60"
                                            WHERE
                                              "t60"."_acc"
                                          ) AS "t61"
                                        ) AS "t64"
                                      ) AS "t66"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t67"
                                  ) AS "t72"
                                ) AS "t74"
                                  ON "t71"."person_id" = "t74"."person_id"
                                  AND "t71"."benefit" = "t74"."benefit"
                                  AND "t71"."start_date" = "t74"."start_date"
                              ) AS "t75"
                              WHERE
                                (
                                  "t75"."i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t75"."cum_before" + DATE_DIFF('DAY', "t75"."i_start", "t75"."i_end") + 1
                                  ) >= "t75"."_n"
                                )
                            ) AS "t76"
                            GROUP BY
                              1,
                              2,
                              3
                          ) AS "t78"
                            ON "t70"."person_id" = "t78"."person_id"
                            AND "t70"."benefit" = "t78"."benefit"
                            AND "t70"."start_date" = "t78"."start_date"
                        ) AS "t79"
                      ) AS "t80"
                    ) AS "t81"
                  ) AS "t83"
                  LEFT OUTER JOIN (
                    SELECT
                      "t86"."person_id",
                      "t86"."benefit",
                      "t86"."start_date",
                      FIRST("t86"."_ex_start" ORDER BY "t86"."_ex_end" DESC) AS "exemption_start",
                      MAX("t86"."_ex_end") AS "exemption_end",
                      FIRST("t86"."_ex_reason" ORDER BY "t86"."_ex_end" DESC) AS "exemption_reason"
                    FROM (
                      SELECT
                        "t85"."person_id",
                        "t85"."benefit",
                        "t85"."start_date",
                        "t85"."_day",
                        "t6"."_pid",
                        "t6"."_ex_start",
                        "t6"."_ex_end",
                        "t6"."_ex_reason"
                      FROM (
                        SELECT
                          "t82"."person_id",
                          "t82"."benefit",
                          "t82"."start_date",
                          "t82"."due0" AS "_day"
                        FROM (
                          SELECT
                            "t81".*
                            EXCLUDE ("_acc_point", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t80"."person_id",
                              "t80"."benefit",
                              "t80"."start_date",
                              "t80"."end_date",
                              "t80"."first_contact_date",
                              "t80"."target_group",
                              "t80"."first_absence_date",
                              "t80"."sickness_category",
                              "t80"."employed",
                              "t80"."handover_date",
                              "t80"."expected_absence_weeks",
                              "t80"."work_obligation",
                              "t80"."municipality",
                              "t80"."early_followup_request_date",
                              "t80"."education_order",
                              "t80"."periods",
                              "t80"."window_start",
                              "t80"."in_force",
                              "t80"."_end_unconfirmed",
                              "t80"."_plain",
                              "t80"."_needed",
                              "t80"."_acc_point",
                              COALESCE("t80"."_acc_point", "t80"."_plain") AS "due0"
                            FROM (
                              SELECT
                                "t79".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t70"."person_id",
                                  "t70"."benefit",
                                  "t70"."start_date",
                                  "t70"."end_date",
                                  "t70"."first_contact_date",
                                  "t70"."target_group",
                                  "t70"."first_absence_date",
                                  "t70"."sickness_category",
                                  "t70"."employed",
                                  "t70"."handover_date",
                                  "t70"."expected_absence_weeks",
                                  "t70"."work_obligation",
                                  "t70"."municipality",
                                  "t70"."early_followup_request_date",
                                  "t70"."education_order",
                                  "t70"."periods",
                                  "t70"."window_start",
                                  "t70"."in_force",
                                  "t70"."_end_unconfirmed",
                                  "t70"."_plain",
                                  "t70"."_needed",
                                  "t78"."person_id" AS "person_id_right",
                                  "t78"."benefit" AS "benefit_right",
                                  "t78"."start_date" AS "start_date_right",
                                  "t78"."_acc_point"
                                FROM (
                                  SELECT
                                    "t65"."person_id",
                                    "t65"."benefit",
                                    "t65"."start_date",
                                    "t65"."end_date",
                                    "t65"."first_contact_date",
                                    "t65"."target_group",
                                    "t65"."first_absence_date",
                                    "t65"."sickness_category",
                                    "t65"."employed",
                                    "t65"."handover_date",
                                    "t65"."expected_absence_weeks",
                                    "t65"."work_obligation",
                                    "t65"."municipality",
                                    "t65"."early_followup_request_date",
                                    "t65"."education_order",
                                    "t65"."periods",
                                    "t65"."window_start",
                                    (
                                      CASE
                                        WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN ['dagpenge', 'kontanthjaelp']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t65"."benefit"
                                      ),
                                      FALSE
                                    )
                                    AND (
                                      (
                                        "t65"."target_group" IS NULL
                                      )
                                      OR COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN ['jobparat', 'aktivitetsparat']
                                            ELSE CAST(NULL AS TEXT[])
                                          END,
                                          "t65"."target_group"
                                        ),
                                        FALSE
                                      )
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                          "t65"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
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
                                          "t65"."benefit" || ':' || COALESCE("t65"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t65"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t65"."window_start",
                                      CAST(CAST("t65"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM "t63" AS "t65"
                                ) AS "t70"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t76"."person_id",
                                    "t76"."benefit",
                                    "t76"."start_date",
                                    FIRST(
                                      CAST(CAST("t76"."i_start" + TO_DAYS(CAST("t76"."_n" - "t76"."cum_before" AS INT)) AS TIMESTAMP) AS DATE) ORDER BY "t76"."i_start"
                                    ) AS "_acc_point"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t71"."person_id",
                                        "t71"."benefit",
                                        "t71"."start_date",
                                        "t71"."_n",
                                        "t74"."i_start",
                                        "t74"."i_end",
                                        "t74"."cum_before"
                                      FROM (
                                        SELECT
                                          "t65"."person_id",
                                          "t65"."benefit",
                                          "t65"."start_date",
                                          DATE_DIFF(
                                            'DAY',
                                            "t65"."window_start",
                                            CAST(CAST("t65"."window_start" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t65"."window_start" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t65"."window_start" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_n"
                                        FROM "t63" AS "t65"
                                        WHERE
                                          COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t65"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN ['dagpenge']
                                                ELSE CAST(NULL AS TEXT[])
                                              END,
                                              "t65"."benefit"
                                            ),
                                            FALSE
                                          )
                                      ) AS "t71"
                                      INNER JOIN (
                                        SELECT
                                          "t72"."person_id",
                                          "t72"."benefit",
                                          "t72"."_key" AS "start_date",
                                          "t72"."i_start",
                                          "t72"."i_end",
                                          CAST(COALESCE(
                                            SUM("t72"."_len") OVER (
                                              PARTITION BY "t72"."person_id", "t72"."benefit", "t72"."_key"
                                              ORDER BY "t72"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t67"."person_id",
                                            "t67"."benefit",
                                            "t67"."_key",
                                            "t67"."_island",
                                            "t67"."i_start",
                                            "t67"."i_end",
                                            CASE
                                              WHEN "t67"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t67"."i_start", "t67"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t66"."person_id",
                                              "t66"."benefit",
                                              "t66"."_key",
                                              "t66"."_island",
                                              MIN("t66"."start_date") AS "i_start",
                                              MAX("t66"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."start_date",
                                                "t64"."_end",
                                                "t64"."_key",
                                                "t64"."_acc",
                                                "t64"."first_contact_date",
                                                "t64"."target_group",
                                                "t64"."first_absence_date",
                                                "t64"."sickness_category",
                                                "t64"."employed",
                                                "t64"."handover_date",
                                                "t64"."expected_absence_weeks",
                                                "t64"."work_obligation",
                                                "t64"."municipality",
                                                "t64"."early_followup_request_date",
                                                "t64"."education_order",
                                                "t64"."_new",
                                                SUM("t64"."_new") OVER (
                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t61"."person_id",
                                                  "t61"."benefit",
                                                  "t61"."start_date",
                                                  "t61"."_end",
                                                  "t61"."_key",
                                                  "t61"."_acc",
                                                  "t61"."first_contact_date",
                                                  "t61"."target_group",
                                                  "t61"."first_absence_date",
                                                  "t61"."sickness_category",
                                                  "t61"."employed",
                                                  "t61"."handover_date",
                                                  "t61"."expected_absence_weeks",
                                                  "t61"."work_obligation",
                                                  "t61"."municipality",
                                                  "t61"."early_followup_request_date",
                                                  "t61"."education_order",
                                                  CASE
                                                    WHEN MAX("t61"."_end") OVER (
                                                      PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                      ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t61"."start_date" > CAST(CAST(MAX("t61"."_end") OVER (
                                                      PARTITION BY "t61"."person_id", "t61"."benefit", "t61"."_key"
                                                      ORDER BY "t61"."start_date" ASC, "t61"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t59" AS "t60"
                                                  WHERE
                                                    "t60"."_acc"
                                                ) AS "t61"
                                              ) AS "t64"
                                            ) AS "t66"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t67"
                                        ) AS "t72"
                                      ) AS "t74"
                                        ON "t71"."person_id" = "t74"."person_id"
                                        AND "t71"."benefit" = "t74"."benefit"
                                        AND "t71"."start_date" = "t74"."start_date"
                                    ) AS "t75"
                                    WHERE
                                      (
                                        "t75"."i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t75"."cum_before" + DATE_DIFF('DAY', "t75"."i_start", "t75"."i_end") + 1
                                        ) >= "t75"."_n"
                                      )
                                  ) AS "t76"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t78"
                                  ON "t70"."person_id" = "t78"."person_id"
                                  AND "t70"."benefit" = "t78"."benefit"
                                  AND "t70"."start_date" = "t78"."start_date"
                              ) AS "t79"
                            ) AS "t80"
                          ) AS "t81"
                        ) AS "t82"
                      ) AS "t85"
                      INNER JOIN (
                        SELECT
                          "t1"."person_id" AS "_pid",
                          "t1"."start_date" AS "_ex_start",
                          "t1"."end_date" AS "_ex_end",
                          "t1"."reason" AS "_ex_reason"
                        FROM "exemptions" AS "t1"
                        WHERE
                          "t1"."start_date" <= CAST($as_of AS DATE)
                      ) AS "t6"
                        ON "t85"."person_id" = "t6"."_pid"
                        AND "t6"."_ex_start" <= "t85"."_day"
                        AND "t6"."_ex_end" >= "t85"."_day"
                    ) AS "t86"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t88"
                    ON "t83"."person_id" = "t88"."person_id"
                    AND "t83"."benefit" = "t88"."benefit"
                    AND "t83"."start_date" = "t88"."start_date"
                ) AS "t89"
              ) AS "t90"
            ) AS "t92"
            INNER JOIN (
              SELECT
                "t0"."person_id" AS "_pid",
                "t0"."kind" AS "_kind",
                "t0"."start_date" AS "_start",
                "t0"."end_date" AS "_end"
              FROM "offers" AS "t0"
              WHERE
                "t0"."start_date" <= CAST($as_of AS DATE)
            ) AS "t5"
              ON "t92"."person_id" = "t5"."_pid"
              AND "t5"."_start" >= "t92"."_ws"
              AND "t5"."_start" <= "t92"."_last"
          ) AS "t93"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t93"."_ws" >= MAKE_DATE(2020, 1, 1)
                  THEN [
                    'virksomhedspraktik',
                    'loentilskud',
                    'vejledning_opkvalificering',
                    'nytteindsats'
                  ]
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t93"."_kind"
              ),
              FALSE
            )
            AND (
              DATE_DIFF('DAY', "t93"."_start", "t93"."_end") + 1
            ) >= (
              CASE WHEN "t93"."_ws" >= MAKE_DATE(2020, 1, 1) THEN 2 ELSE CAST(NULL AS BIGINT) END * 7
            )
        ) AS "t96"
        GROUP BY
          1,
          2,
          3
      ) AS "t98"
        ON "t95"."person_id" = "t98"."person_id"
        AND "t95"."benefit" = "t98"."benefit"
        AND "t95"."start_date" = "t98"."start_date"
    ) AS "t99"
  ) AS "t100"
) AS "t101"
