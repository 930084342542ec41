WITH "t14" AS (
  SELECT
    "t13"."person_id",
    "t13"."benefit",
    "t13"."start_date",
    "t13"."end_date",
    "t13"."target_group",
    "t13"."first_contact_date",
    "t13"."first_absence_date",
    "t13"."sickness_category",
    "t13"."employed",
    "t13"."municipality",
    "t13"."work_obligation",
    "t13"."education_order",
    "t13"."introduction_programme",
    "t13"."expected_absence_weeks",
    "t13"."handover_date",
    "t13"."early_followup_request_date",
    "t13"."_end",
    "t13"."_acc",
    "t13"."_switch",
    "t13"."_run",
    "t13"."_new",
    "t13"."_spell",
    MIN("t13"."start_date") OVER (
      PARTITION BY "t13"."person_id", "t13"."_spell"
      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
    ) AS "_spell_start"
  FROM (
    SELECT
      "t12"."person_id",
      "t12"."benefit",
      "t12"."start_date",
      "t12"."end_date",
      "t12"."target_group",
      "t12"."first_contact_date",
      "t12"."first_absence_date",
      "t12"."sickness_category",
      "t12"."employed",
      "t12"."municipality",
      "t12"."work_obligation",
      "t12"."education_order",
      "t12"."introduction_programme",
      "t12"."expected_absence_weeks",
      "t12"."handover_date",
      "t12"."early_followup_request_date",
      "t12"."_end",
      "t12"."_acc",
      "t12"."_switch",
      "t12"."_run",
      "t12"."_new",
      SUM("t12"."_new") OVER (
        PARTITION BY "t12"."person_id"
        ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
      ) AS "_spell"
    FROM (
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
        CASE
          WHEN (
            "t11"."_switch" = 1
          )
          OR (
            (
              MAX("t11"."_end") OVER (
                PARTITION BY "t11"."person_id", "t11"."_run"
                ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) IS NOT NULL
            )
            AND (
              MAX("t11"."_end") OVER (
                PARTITION BY "t11"."person_id", "t11"."_run"
                ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) < MAKE_DATE(9999, 12, 31)
            )
            AND (
              "t11"."start_date" > CAST(CAST(MAX("t11"."_end") OVER (
                PARTITION BY "t11"."person_id", "t11"."_run"
                ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
            )
            AND (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['sygedagpenge']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t11"."benefit"
                ),
                FALSE
              )
              OR (
                (
                  CASE
                    WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN 1
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t11"."start_date" >= CAST(CAST(CASE
                    WHEN EXTRACT(day FROM CAST(CAST(MAX("t11"."_end") OVER (
                      PARTITION BY "t11"."person_id", "t11"."_run"
                      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                    THEN CAST(CAST(MAX("t11"."_end") OVER (
                      PARTITION BY "t11"."person_id", "t11"."_run"
                      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                    ELSE CAST(CAST(DATE_TRUNC(
                      'MONTH',
                      CAST(CAST(MAX("t11"."_end") OVER (
                        PARTITION BY "t11"."person_id", "t11"."_run"
                        ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                    ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                  END + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                WHEN "t11"."start_date" >= MAKE_DATE(2020, 1, 1)
                THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                ELSE CAST(NULL AS TEXT[])
              END,
              LAG("t11"."target_group") OVER (
                PARTITION BY "t11"."person_id", "t11"."_run"
                ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) || '>' || "t11"."target_group"
            ),
            FALSE
          )
          THEN 1
          ELSE 0
        END AS "_new"
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
          SUM("t10"."_switch") OVER (
            PARTITION BY "t10"."person_id"
            ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_run"
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
            CASE
              WHEN LAG("t9"."benefit") OVER (
                PARTITION BY "t9"."person_id"
                ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) IS NULL
              THEN 1
              WHEN LAG("t9"."benefit") OVER (
                PARTITION BY "t9"."person_id"
                ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
              ) <> "t9"."benefit"
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
          ) AS "t9"
        ) AS "t10"
      ) AS "t11"
    ) AS "t12"
  ) AS "t13"
), "t16" AS (
  SELECT
    *
  FROM "t14" AS "t15"
  WHERE
    "t15"."_acc"
), "t20" AS (
  SELECT
    "t18"."person_id",
    "t18"."benefit",
    MIN("t18"."start_date") AS "c1"
  FROM "t16" AS "t18"
  GROUP BY
    1,
    2
), "t29" AS (
  SELECT
    "t28"."person_id",
    "t28"."benefit",
    "t28"."c1",
    "t28"."c2"
  FROM (
    SELECT
      "t22"."person_id",
      "t22"."benefit",
      "t22"."c1",
      "t27"."person_id" AS "person_id_right",
      "t27"."benefit" AS "benefit_right",
      "t27"."c2"
    FROM "t20" AS "t22"
    LEFT OUTER JOIN (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        MIN("t25"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."end_date",
            "t19"."target_group",
            "t19"."first_contact_date",
            "t19"."first_absence_date",
            "t19"."sickness_category",
            "t19"."employed",
            "t19"."municipality",
            "t19"."work_obligation",
            "t19"."education_order",
            "t19"."introduction_programme",
            "t19"."expected_absence_weeks",
            "t19"."handover_date",
            "t19"."early_followup_request_date",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell",
            "t19"."_spell_start",
            "t23"."c1"
          FROM "t16" AS "t19"
          INNER JOIN "t20" AS "t23"
            ON "t19"."person_id" = "t23"."person_id" AND "t19"."benefit" = "t23"."benefit"
        ) AS "t24"
        WHERE
          "t24"."start_date" >= CAST(CAST("t24"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t24"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t25"
      GROUP BY
        1,
        2
    ) AS "t27"
      ON "t22"."person_id" = "t27"."person_id" AND "t22"."benefit" = "t27"."benefit"
  ) AS "t28"
), "t38" AS (
  SELECT
    "t37"."person_id",
    "t37"."benefit",
    "t37"."c1",
    "t37"."c2",
    "t37"."c3"
  FROM (
    SELECT
      "t31"."person_id",
      "t31"."benefit",
      "t31"."c1",
      "t31"."c2",
      "t36"."person_id" AS "person_id_right",
      "t36"."benefit" AS "benefit_right",
      "t36"."c3"
    FROM "t29" AS "t31"
    LEFT OUTER JOIN (
      SELECT
        "t34"."person_id",
        "t34"."benefit",
        MIN("t34"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."end_date",
            "t19"."target_group",
            "t19"."first_contact_date",
            "t19"."first_absence_date",
            "t19"."sickness_category",
            "t19"."employed",
            "t19"."municipality",
            "t19"."work_obligation",
            "t19"."education_order",
            "t19"."introduction_programme",
            "t19"."expected_absence_weeks",
            "t19"."handover_date",
            "t19"."early_followup_request_date",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell",
            "t19"."_spell_start",
            "t32"."c1",
            "t32"."c2"
          FROM "t16" AS "t19"
          INNER JOIN "t29" AS "t32"
            ON "t19"."person_id" = "t32"."person_id" AND "t19"."benefit" = "t32"."benefit"
        ) AS "t33"
        WHERE
          "t33"."start_date" >= CAST(CAST("t33"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t33"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t34"
      GROUP BY
        1,
        2
    ) AS "t36"
      ON "t31"."person_id" = "t36"."person_id" AND "t31"."benefit" = "t36"."benefit"
  ) AS "t37"
), "t61" AS (
  SELECT
    *
  FROM (
    SELECT
      "t15"."person_id",
      "t15"."benefit",
      "t15"."start_date",
      "t15"."_end",
      "t15"."_spell_start" AS "_key",
      "t15"."_acc",
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
      "t15"."education_order"
    FROM "t14" AS "t15"
    WHERE
      NOT (
        "t15"."_acc"
      )
  ) AS "t17"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t59"."person_id",
      "t59"."benefit",
      "t59"."start_date",
      "t59"."_end",
      "t59"."_key",
      "t59"."_acc",
      "t59"."first_contact_date",
      "t59"."target_group",
      "t59"."first_absence_date",
      "t59"."sickness_category",
      "t59"."employed",
      "t59"."handover_date",
      "t59"."expected_absence_weeks",
      "t59"."work_obligation",
      "t59"."municipality",
      "t59"."early_followup_request_date",
      "t59"."education_order"
    FROM (
      SELECT
        "t58".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t57"."person_id",
          "t57"."benefit",
          "t57"."start_date",
          "t57"."end_date",
          "t57"."target_group",
          "t57"."first_contact_date",
          "t57"."first_absence_date",
          "t57"."sickness_category",
          "t57"."employed",
          "t57"."municipality",
          "t57"."work_obligation",
          "t57"."education_order",
          "t57"."introduction_programme",
          "t57"."expected_absence_weeks",
          "t57"."handover_date",
          "t57"."early_followup_request_date",
          "t57"."_end",
          "t57"."_acc",
          "t57"."_switch",
          "t57"."_run",
          "t57"."_new",
          "t57"."_spell",
          "t57"."_spell_start",
          "t57"."c1",
          "t57"."c2",
          "t57"."c3",
          "t57"."c4",
          "t57"."c5",
          GREATEST(
            CASE
              WHEN "t57"."c1" <= "t57"."start_date"
              THEN "t57"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t57"."c2" <= "t57"."start_date"
              THEN "t57"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t57"."c3" <= "t57"."start_date"
              THEN "t57"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t57"."c4" <= "t57"."start_date"
              THEN "t57"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t57"."c5" <= "t57"."start_date"
              THEN "t57"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t19"."person_id",
            "t19"."benefit",
            "t19"."start_date",
            "t19"."end_date",
            "t19"."target_group",
            "t19"."first_contact_date",
            "t19"."first_absence_date",
            "t19"."sickness_category",
            "t19"."employed",
            "t19"."municipality",
            "t19"."work_obligation",
            "t19"."education_order",
            "t19"."introduction_programme",
            "t19"."expected_absence_weeks",
            "t19"."handover_date",
            "t19"."early_followup_request_date",
            "t19"."_end",
            "t19"."_acc",
            "t19"."_switch",
            "t19"."_run",
            "t19"."_new",
            "t19"."_spell",
            "t19"."_spell_start",
            "t56"."c1",
            "t56"."c2",
            "t56"."c3",
            "t56"."c4",
            "t56"."c5"
          FROM "t16" AS "t19"
          INNER JOIN (
            SELECT
              "t54".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t48"."person_id",
                "t48"."benefit",
                "t48"."c1",
                "t48"."c2",
                "t48"."c3",
                "t48"."c4",
                "t53"."person_id" AS "person_id_right",
                "t53"."benefit" AS "benefit_right",
                "t53"."c5"
              FROM (
                SELECT
                  "t46".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t40"."person_id",
                    "t40"."benefit",
                    "t40"."c1",
                    "t40"."c2",
                    "t40"."c3",
                    "t45"."person_id" AS "person_id_right",
                    "t45"."benefit" AS "benefit_right",
                    "t45"."c4"
                  FROM "t38" AS "t40"
                  LEFT OUTER JOIN (
                    SELECT
                      "t43"."person_id",
                      "t43"."benefit",
                      MIN("t43"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t19"."person_id",
                          "t19"."benefit",
                          "t19"."start_date",
                          "t19"."end_date",
                          "t19"."target_group",
                          "t19"."first_contact_date",
                          "t19"."first_absence_date",
                          "t19"."sickness_category",
                          "t19"."employed",
                          "t19"."municipality",
                          "t19"."work_obligation",
                          "t19"."education_order",
                          "t19"."introduction_programme",
                          "t19"."expected_absence_weeks",
                          "t19"."handover_date",
                          "t19"."early_followup_request_date",
                          "t19"."_end",
                          "t19"."_acc",
                          "t19"."_switch",
                          "t19"."_run",
                          "t19"."_new",
                          "t19"."_spell",
                          "t19"."_spell_start",
                          "t41"."c1",
                          "t41"."c2",
                          "t41"."c3"
                        FROM "t16" AS "t19"
                        INNER JOIN "t38" AS "t41"
                          ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                      ) AS "t42"
                      WHERE
                        "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t43"
                    GROUP BY
                      1,
                      2
                  ) AS "t45"
                    ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                ) AS "t46"
              ) AS "t48"
              LEFT OUTER JOIN (
                SELECT
                  "t51"."person_id",
                  "t51"."benefit",
                  MIN("t51"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t19"."person_id",
                      "t19"."benefit",
                      "t19"."start_date",
                      "t19"."end_date",
                      "t19"."target_group",
                      "t19"."first_contact_date",
                      "t19"."first_absence_date",
                      "t19"."sickness_category",
                      "t19"."employed",
                      "t19"."municipality",
                      "t19"."work_obligation",
                      "t19"."education_order",
                      "t19"."introduction_programme",
                      "t19"."expected_absence_weeks",
                      "t19"."handover_date",
                      "t19"."early_followup_request_date",
                      "t19"."_end",
                      "t19"."_acc",
                      "t19"."_switch",
                      "t19"."_run",
                      "t19"."_new",
                      "t19"."_spell",
                      "t19"."_spell_start",
                      "t49"."c1",
                      "t49"."c2",
                      "t49"."c3",
                      "t49"."c4"
                    FROM "t16" AS "t19"
                    INNER JOIN (
                      SELECT
                        "t46".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t40"."person_id",
                          "t40"."benefit",
                          "t40"."c1",
                          "t40"."c2",
                          "t40"."c3",
                          "t45"."person_id" AS "person_id_right",
                          "t45"."benefit" AS "benefit_right",
                          "t45"."c4"
                        FROM "t38" AS "t40"
                        LEFT OUTER JOIN (
                          SELECT
                            "t43"."person_id",
                            "t43"."benefit",
                            MIN("t43"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t19"."person_id",
                                "t19"."benefit",
                                "t19"."start_date",
                                "t19"."end_date",
                                "t19"."target_group",
                                "t19"."first_contact_date",
                                "t19"."first_absence_date",
                                "t19"."sickness_category",
                                "t19"."employed",
                                "t19"."municipality",
                                "t19"."work_obligation",
                                "t19"."education_order",
                                "t19"."introduction_programme",
                                "t19"."expected_absence_weeks",
                                "t19"."handover_date",
                                "t19"."early_followup_request_date",
                                "t19"."_end",
                                "t19"."_acc",
                                "t19"."_switch",
                                "t19"."_run",
                                "t19"."_new",
                                "t19"."_spell",
                                "t19"."_spell_start",
                                "t41"."c1",
                                "t41"."c2",
                                "t41"."c3"
                              FROM "t16" AS "t19"
                              INNER JOIN "t38" AS "t41"
                                ON "t19"."person_id" = "t41"."person_id" AND "t19"."benefit" = "t41"."benefit"
                            ) AS "t42"
                            WHERE
                              "t42"."start_date" >= CAST(CAST("t42"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t42"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t43"
                          GROUP BY
                            1,
                            2
                        ) AS "t45"
                          ON "t40"."person_id" = "t45"."person_id" AND "t40"."benefit" = "t45"."benefit"
                      ) AS "t46"
                    ) AS "t49"
                      ON "t19"."person_id" = "t49"."person_id" AND "t19"."benefit" = "t49"."benefit"
                  ) AS "t50"
                  WHERE
                    "t50"."start_date" >= CAST(CAST("t50"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t50"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t51"
                GROUP BY
                  1,
                  2
              ) AS "t53"
                ON "t48"."person_id" = "t53"."person_id" AND "t48"."benefit" = "t53"."benefit"
            ) AS "t54"
          ) AS "t56"
            ON "t19"."person_id" = "t56"."person_id" AND "t19"."benefit" = "t56"."benefit"
        ) AS "t57"
      ) AS "t58"
    ) AS "t59"
  ) AS "t60"
)
SELECT
  "t127"."person_id",
  "t127"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t127"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t127"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t127"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t127"."window_start",
  CASE
    WHEN COALESCE("t127"."is_applicable", FALSE)
    THEN "t127"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t127"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t127"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t127"."fulfilled_date" <= "t127"."due_date"
    )
    THEN 'met'
    WHEN "t127"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t127"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t127"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t127"."is_applicable", FALSE)
    THEN "t127"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t127"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t127"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t127"."fulfilled_date" > "t127"."due_date"
    )
    THEN DATE_DIFF('DAY', "t127"."due_date", "t127"."fulfilled_date")
    WHEN NOT (
      "t127"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t127"."is_exempt", FALSE)
    )
    AND (
      "t127"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t127"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t127"."is_applicable", FALSE)
              THEN "t127"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t127"."window_start"
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
              WHEN COALESCE("t127"."is_applicable", FALSE)
              THEN "t127"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t127"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t127"."evidence", '')
    ELSE COALESCE("t127"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t126"."person_id",
    "t126"."benefit",
    "t126"."start_date",
    "t126"."end_date",
    "t126"."first_contact_date",
    "t126"."target_group",
    "t126"."first_absence_date",
    "t126"."sickness_category",
    "t126"."employed",
    "t126"."handover_date",
    "t126"."expected_absence_weeks",
    "t126"."work_obligation",
    "t126"."municipality",
    "t126"."early_followup_request_date",
    "t126"."education_order",
    "t126"."periods",
    "t126"."window_start",
    "t126"."required",
    "t126"."required_joint",
    "t126"."in_force",
    "t126"."_end_unconfirmed",
    "t126"."due0",
    "t126"."exempt_days",
    "t126"."exempt_now",
    "t126"."exemption_note",
    "t126"."due_date",
    "t126"."_count_from",
    "t126"."nth_date",
    "t126"."counted",
    "t126"."in_window",
    "t126"."listed",
    "t126"."joint_date",
    "t126"."joint_in_window",
    CASE
      WHEN "t126"."required_joint" = 0
      THEN "t126"."nth_date"
      WHEN (
        "t126"."nth_date" IS NOT NULL
      ) AND (
        "t126"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t126"."nth_date", "t126"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t126"."in_force"
    AND NOT (
      (
        "t126"."end_date" IS NOT NULL
      )
      AND (
        "t126"."end_date" < "t126"."due_date"
      )
      AND (
        CASE
          WHEN "t126"."required_joint" = 0
          THEN "t126"."nth_date"
          WHEN (
            "t126"."nth_date" IS NOT NULL
          ) AND (
            "t126"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t126"."nth_date", "t126"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t126"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t126"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t126"."end_date" IS NOT NULL
        )
        AND (
          "t126"."end_date" < "t126"."due_date"
        )
        AND (
          CASE
            WHEN "t126"."required_joint" = 0
            THEN "t126"."nth_date"
            WHEN (
              "t126"."nth_date" IS NOT NULL
            ) AND (
              "t126"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t126"."nth_date", "t126"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t126"."in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t126"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t126"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t126"."listed" IS NOT NULL THEN ': ' || "t126"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t126"."end_date" AS TEXT)
        WHEN "t126"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t126"."in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t126"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t126"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t126"."listed" IS NOT NULL THEN ': ' || "t126"."listed" ELSE '' END
        ELSE CAST(COALESCE("t126"."in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t126"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t126"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t126"."listed" IS NOT NULL THEN ': ' || "t126"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t126"."end_date" IS NOT NULL
        )
        AND (
          "t126"."end_date" < "t126"."due_date"
        )
        AND (
          CASE
            WHEN "t126"."required_joint" = 0
            THEN "t126"."nth_date"
            WHEN (
              "t126"."nth_date" IS NOT NULL
            ) AND (
              "t126"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t126"."nth_date", "t126"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t126"."in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t126"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t126"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t126"."listed" IS NOT NULL THEN ': ' || "t126"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t126"."end_date" AS TEXT)
        WHEN "t126"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t126"."in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t126"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t126"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t126"."listed" IS NOT NULL THEN ': ' || "t126"."listed" ELSE '' END
        ELSE CAST(COALESCE("t126"."in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t126"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t126"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t126"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t126"."listed" IS NOT NULL THEN ': ' || "t126"."listed" ELSE '' END
      END || '; ' || "t126"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t125".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t124"."person_id",
        "t124"."benefit",
        "t124"."start_date",
        "t124"."end_date",
        "t124"."first_contact_date",
        "t124"."target_group",
        "t124"."first_absence_date",
        "t124"."sickness_category",
        "t124"."employed",
        "t124"."handover_date",
        "t124"."expected_absence_weeks",
        "t124"."work_obligation",
        "t124"."municipality",
        "t124"."early_followup_request_date",
        "t124"."education_order",
        "t124"."periods",
        "t124"."window_start",
        "t124"."required",
        "t124"."required_joint",
        "t124"."in_force",
        "t124"."_end_unconfirmed",
        "t124"."due0",
        "t124"."exempt_days",
        "t124"."exempt_now",
        "t124"."exemption_note",
        "t124"."due_date",
        "t124"."_count_from",
        "t124"."nth_date",
        "t124"."counted",
        "t124"."in_window",
        "t124"."listed",
        "t121"."person_id" AS "person_id_right",
        "t121"."benefit" AS "benefit_right",
        "t121"."start_date" AS "start_date_right",
        "t121"."joint_date",
        "t121"."joint_in_window"
      FROM (
        SELECT
          "t122".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t92"."person_id",
            "t92"."benefit",
            "t92"."start_date",
            "t92"."end_date",
            "t92"."first_contact_date",
            "t92"."target_group",
            "t92"."first_absence_date",
            "t92"."sickness_category",
            "t92"."employed",
            "t92"."handover_date",
            "t92"."expected_absence_weeks",
            "t92"."work_obligation",
            "t92"."municipality",
            "t92"."early_followup_request_date",
            "t92"."education_order",
            "t92"."periods",
            "t92"."window_start",
            "t92"."required",
            "t92"."required_joint",
            "t92"."in_force",
            "t92"."_end_unconfirmed",
            "t92"."due0",
            "t92"."exempt_days",
            "t92"."exempt_now",
            "t92"."exemption_note",
            "t92"."due_date",
            "t92"."_count_from",
            "t119"."person_id" AS "person_id_right",
            "t119"."benefit" AS "benefit_right",
            "t119"."start_date" AS "start_date_right",
            "t119"."nth_date",
            "t119"."counted",
            "t119"."in_window",
            "t119"."listed"
          FROM (
            SELECT
              "t90".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
            FROM (
              SELECT
                "t89"."person_id",
                "t89"."benefit",
                "t89"."start_date",
                "t89"."end_date",
                "t89"."first_contact_date",
                "t89"."target_group",
                "t89"."first_absence_date",
                "t89"."sickness_category",
                "t89"."employed",
                "t89"."handover_date",
                "t89"."expected_absence_weeks",
                "t89"."work_obligation",
                "t89"."municipality",
                "t89"."early_followup_request_date",
                "t89"."education_order",
                "t89"."periods",
                "t89"."window_start",
                "t89"."required",
                "t89"."required_joint",
                "t89"."in_force",
                "t89"."_end_unconfirmed",
                "t89"."due0",
                "t89"."exempt_days",
                "t89"."exempt_now",
                "t89"."exemption_note",
                "t89"."due_date",
                "t89"."_plain",
                "t89"."_needed",
                "t89"."_ipid",
                "t89"."_ibenefit",
                "t89"."_istart",
                "t89"."_i_start",
                "t89"."_i_end",
                "t89"."_cum",
                CASE
                  WHEN "t89"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t89"."_plain"
                END AS "_count_from"
              FROM (
                SELECT
                  "t88"."person_id",
                  "t88"."benefit",
                  "t88"."start_date",
                  "t88"."end_date",
                  "t88"."first_contact_date",
                  "t88"."target_group",
                  "t88"."first_absence_date",
                  "t88"."sickness_category",
                  "t88"."employed",
                  "t88"."handover_date",
                  "t88"."expected_absence_weeks",
                  "t88"."work_obligation",
                  "t88"."municipality",
                  "t88"."early_followup_request_date",
                  "t88"."education_order",
                  "t88"."periods",
                  "t88"."window_start",
                  "t88"."required",
                  "t88"."required_joint",
                  "t88"."in_force",
                  "t88"."_end_unconfirmed",
                  "t88"."due0",
                  "t88"."exempt_days",
                  "t88"."exempt_now",
                  "t88"."exemption_note",
                  "t88"."due_date",
                  "t88"."_plain",
                  "t88"."_needed",
                  "t73"."_ipid",
                  "t73"."_ibenefit",
                  "t73"."_istart",
                  "t73"."_i_start",
                  "t73"."_i_end",
                  "t73"."_cum"
                FROM (
                  SELECT
                    "t86"."person_id",
                    "t86"."benefit",
                    "t86"."start_date",
                    "t86"."end_date",
                    "t86"."first_contact_date",
                    "t86"."target_group",
                    "t86"."first_absence_date",
                    "t86"."sickness_category",
                    "t86"."employed",
                    "t86"."handover_date",
                    "t86"."expected_absence_weeks",
                    "t86"."work_obligation",
                    "t86"."municipality",
                    "t86"."early_followup_request_date",
                    "t86"."education_order",
                    "t86"."periods",
                    "t86"."window_start",
                    "t86"."required",
                    "t86"."required_joint",
                    "t86"."in_force",
                    "t86"."_end_unconfirmed",
                    "t86"."due0",
                    COALESCE("t86"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t86"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t86"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t86"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t86"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t86"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t86"."window_start",
                      CAST(CAST("t86"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t85".*
                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                    FROM (
                      SELECT
                        "t79"."person_id",
                        "t79"."benefit",
                        "t79"."start_date",
                        "t79"."end_date",
                        "t79"."first_contact_date",
                        "t79"."target_group",
                        "t79"."first_absence_date",
                        "t79"."sickness_category",
                        "t79"."employed",
                        "t79"."handover_date",
                        "t79"."expected_absence_weeks",
                        "t79"."work_obligation",
                        "t79"."municipality",
                        "t79"."early_followup_request_date",
                        "t79"."education_order",
                        "t79"."periods",
                        "t79"."window_start",
                        "t79"."required",
                        "t79"."required_joint",
                        "t79"."in_force",
                        "t79"."_end_unconfirmed",
                        "t79"."due0",
                        "t84"."person_id" AS "person_id_right",
                        "t84"."benefit" AS "benefit_right",
                        "t84"."start_date" AS "start_date_right",
                        "t84"."exempt_days",
                        "t84"."exempt_now",
                        "t84"."exemption_note"
                      FROM (
                        SELECT
                          "t77".*
                          EXCLUDE ("_point")
                        FROM (
                          SELECT
                            "t76"."person_id",
                            "t76"."benefit",
                            "t76"."start_date",
                            "t76"."end_date",
                            "t76"."first_contact_date",
                            "t76"."target_group",
                            "t76"."first_absence_date",
                            "t76"."sickness_category",
                            "t76"."employed",
                            "t76"."handover_date",
                            "t76"."expected_absence_weeks",
                            "t76"."work_obligation",
                            "t76"."municipality",
                            "t76"."early_followup_request_date",
                            "t76"."education_order",
                            "t76"."periods",
                            "t76"."window_start",
                            "t76"."required",
                            "t76"."required_joint",
                            "t76"."in_force",
                            "t76"."_end_unconfirmed",
                            "t76"."_point",
                            CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM (
                            SELECT
                              "t75".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t74"."person_id",
                                "t74"."benefit",
                                "t74"."start_date",
                                "t74"."end_date",
                                "t74"."first_contact_date",
                                "t74"."target_group",
                                "t74"."first_absence_date",
                                "t74"."sickness_category",
                                "t74"."employed",
                                "t74"."handover_date",
                                "t74"."expected_absence_weeks",
                                "t74"."work_obligation",
                                "t74"."municipality",
                                "t74"."early_followup_request_date",
                                "t74"."education_order",
                                "t74"."periods",
                                "t74"."window_start",
                                "t74"."required",
                                "t74"."required_joint",
                                "t74"."in_force",
                                "t74"."_end_unconfirmed",
                                "t74"."_plain",
                                "t74"."_needed",
                                "t74"."_ipid",
                                "t74"."_ibenefit",
                                "t74"."_istart",
                                "t74"."_i_start",
                                "t74"."_i_end",
                                "t74"."_cum",
                                CASE
                                  WHEN "t74"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t74"."_plain"
                                END AS "_point"
                              FROM (
                                SELECT
                                  "t68"."person_id",
                                  "t68"."benefit",
                                  "t68"."start_date",
                                  "t68"."end_date",
                                  "t68"."first_contact_date",
                                  "t68"."target_group",
                                  "t68"."first_absence_date",
                                  "t68"."sickness_category",
                                  "t68"."employed",
                                  "t68"."handover_date",
                                  "t68"."expected_absence_weeks",
                                  "t68"."work_obligation",
                                  "t68"."municipality",
                                  "t68"."early_followup_request_date",
                                  "t68"."education_order",
                                  "t68"."periods",
                                  "t68"."window_start",
                                  "t68"."required",
                                  "t68"."required_joint",
                                  "t68"."in_force",
                                  "t68"."_end_unconfirmed",
                                  "t68"."_plain",
                                  "t68"."_needed",
                                  "t73"."_ipid",
                                  "t73"."_ibenefit",
                                  "t73"."_istart",
                                  "t73"."_i_start",
                                  "t73"."_i_end",
                                  "t73"."_cum"
                                FROM (
                                  SELECT
                                    "t64"."person_id",
                                    "t64"."benefit",
                                    "t64"."_key" AS "start_date",
                                    CASE
                                      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t64"."_end"
                                    END AS "end_date",
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
                                    "t64"."periods",
                                    "t64"."_key" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                          "t64"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                          "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t64"."_key" + TO_MONTHS(
                                      COALESCE(
                                        CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t64"."_key",
                                      CAST(CAST("t64"."_key" + TO_MONTHS(
                                        COALESCE(
                                          CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t62"."person_id",
                                      "t62"."benefit",
                                      "t62"."_key",
                                      MAX("t62"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                      FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                      FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                      FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                      FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                      FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                      FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                      FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                      FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                      MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t61" AS "t62"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t64"
                                  WHERE
                                    "t64"."benefit" IN ('dagpenge')
                                ) AS "t68"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t71"."person_id" AS "_ipid",
                                    "t71"."benefit" AS "_ibenefit",
                                    "t71"."start_date" AS "_istart",
                                    "t71"."i_start" AS "_i_start",
                                    "t71"."i_end" AS "_i_end",
                                    "t71"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."_key" AS "start_date",
                                      "t70"."i_start",
                                      "t70"."i_end",
                                      CAST(COALESCE(
                                        SUM("t70"."_len") OVER (
                                          PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                          ORDER BY "t70"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t69"."person_id",
                                        "t69"."benefit",
                                        "t69"."_key",
                                        "t69"."_island",
                                        "t69"."i_start",
                                        "t69"."i_end",
                                        CASE
                                          WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t67"."person_id",
                                          "t67"."benefit",
                                          "t67"."_key",
                                          "t67"."_island",
                                          MIN("t67"."start_date") AS "i_start",
                                          MAX("t67"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."start_date",
                                            "t65"."_end",
                                            "t65"."_key",
                                            "t65"."_acc",
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
                                            "t65"."_new",
                                            SUM("t65"."_new") OVER (
                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."start_date",
                                              "t63"."_end",
                                              "t63"."_key",
                                              "t63"."_acc",
                                              "t63"."first_contact_date",
                                              "t63"."target_group",
                                              "t63"."first_absence_date",
                                              "t63"."sickness_category",
                                              "t63"."employed",
                                              "t63"."handover_date",
                                              "t63"."expected_absence_weeks",
                                              "t63"."work_obligation",
                                              "t63"."municipality",
                                              "t63"."early_followup_request_date",
                                              "t63"."education_order",
                                              CASE
                                                WHEN MAX("t63"."_end") OVER (
                                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t61" AS "t62"
                                              WHERE
                                                "t62"."_acc"
                                            ) AS "t63"
                                          ) AS "t65"
                                        ) AS "t67"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t69"
                                    ) AS "t70"
                                  ) AS "t71"
                                ) AS "t73"
                                  ON "t68"."person_id" = "t73"."_ipid"
                                  AND "t68"."benefit" = "t73"."_ibenefit"
                                  AND "t68"."start_date" = "t73"."_istart"
                                  AND "t73"."_cum" < "t68"."_needed"
                                  AND (
                                    (
                                      "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                      ) >= "t68"."_needed"
                                    )
                                  )
                              ) AS "t74"
                            ) AS "t75"
                          ) AS "t76"
                        ) AS "t77"
                      ) AS "t79"
                      LEFT OUTER JOIN (
                        SELECT
                          "t82"."person_id",
                          "t82"."benefit",
                          "t82"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t82"."_ex_start", "t82"."_from"),
                              LEAST("t82"."_ex_end", "t82"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t82"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t82"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          LISTAGG(
                            
                              'fritaget ' || CAST("t82"."_ex_start" AS TEXT) || '–' || CAST("t82"."_ex_end" AS TEXT) || ' (' || "t82"."_ex_reason" || ')',
                              ', ' ORDER BY "t82"."_ex_start" ASC
                            
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t81"."person_id",
                            "t81"."benefit",
                            "t81"."start_date",
                            "t81"."_from",
                            "t81"."_to",
                            "t8"."_pid",
                            "t8"."_ex_start",
                            "t8"."_ex_end",
                            "t8"."_ex_reason"
                          FROM (
                            SELECT
                              "t78"."person_id",
                              "t78"."benefit",
                              "t78"."start_date",
                              "t78"."window_start" AS "_from",
                              "t78"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t77".*
                                EXCLUDE ("_point")
                              FROM (
                                SELECT
                                  "t76"."person_id",
                                  "t76"."benefit",
                                  "t76"."start_date",
                                  "t76"."end_date",
                                  "t76"."first_contact_date",
                                  "t76"."target_group",
                                  "t76"."first_absence_date",
                                  "t76"."sickness_category",
                                  "t76"."employed",
                                  "t76"."handover_date",
                                  "t76"."expected_absence_weeks",
                                  "t76"."work_obligation",
                                  "t76"."municipality",
                                  "t76"."early_followup_request_date",
                                  "t76"."education_order",
                                  "t76"."periods",
                                  "t76"."window_start",
                                  "t76"."required",
                                  "t76"."required_joint",
                                  "t76"."in_force",
                                  "t76"."_end_unconfirmed",
                                  "t76"."_point",
                                  CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t75".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                  FROM (
                                    SELECT
                                      "t74"."person_id",
                                      "t74"."benefit",
                                      "t74"."start_date",
                                      "t74"."end_date",
                                      "t74"."first_contact_date",
                                      "t74"."target_group",
                                      "t74"."first_absence_date",
                                      "t74"."sickness_category",
                                      "t74"."employed",
                                      "t74"."handover_date",
                                      "t74"."expected_absence_weeks",
                                      "t74"."work_obligation",
                                      "t74"."municipality",
                                      "t74"."early_followup_request_date",
                                      "t74"."education_order",
                                      "t74"."periods",
                                      "t74"."window_start",
                                      "t74"."required",
                                      "t74"."required_joint",
                                      "t74"."in_force",
                                      "t74"."_end_unconfirmed",
                                      "t74"."_plain",
                                      "t74"."_needed",
                                      "t74"."_ipid",
                                      "t74"."_ibenefit",
                                      "t74"."_istart",
                                      "t74"."_i_start",
                                      "t74"."_i_end",
                                      "t74"."_cum",
                                      CASE
                                        WHEN "t74"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t74"."_plain"
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."start_date",
                                        "t68"."end_date",
                                        "t68"."first_contact_date",
                                        "t68"."target_group",
                                        "t68"."first_absence_date",
                                        "t68"."sickness_category",
                                        "t68"."employed",
                                        "t68"."handover_date",
                                        "t68"."expected_absence_weeks",
                                        "t68"."work_obligation",
                                        "t68"."municipality",
                                        "t68"."early_followup_request_date",
                                        "t68"."education_order",
                                        "t68"."periods",
                                        "t68"."window_start",
                                        "t68"."required",
                                        "t68"."required_joint",
                                        "t68"."in_force",
                                        "t68"."_end_unconfirmed",
                                        "t68"."_plain",
                                        "t68"."_needed",
                                        "t73"."_ipid",
                                        "t73"."_ibenefit",
                                        "t73"."_istart",
                                        "t73"."_i_start",
                                        "t73"."_i_end",
                                        "t73"."_cum"
                                      FROM (
                                        SELECT
                                          "t64"."person_id",
                                          "t64"."benefit",
                                          "t64"."_key" AS "start_date",
                                          CASE
                                            WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t64"."_end"
                                          END AS "end_date",
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
                                          "t64"."periods",
                                          "t64"."_key" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                "t64"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t64"."_key" + TO_MONTHS(
                                            COALESCE(
                                              CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t64"."_key",
                                            CAST(CAST("t64"."_key" + TO_MONTHS(
                                              COALESCE(
                                                CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
                                        FROM (
                                          SELECT
                                            "t62"."person_id",
                                            "t62"."benefit",
                                            "t62"."_key",
                                            MAX("t62"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                            FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                            FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                            FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                            FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                            FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                            FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                            FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                            FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                            MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t61" AS "t62"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t64"
                                        WHERE
                                          "t64"."benefit" IN ('dagpenge')
                                      ) AS "t68"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t71"."person_id" AS "_ipid",
                                          "t71"."benefit" AS "_ibenefit",
                                          "t71"."start_date" AS "_istart",
                                          "t71"."i_start" AS "_i_start",
                                          "t71"."i_end" AS "_i_end",
                                          "t71"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t70"."person_id",
                                            "t70"."benefit",
                                            "t70"."_key" AS "start_date",
                                            "t70"."i_start",
                                            "t70"."i_end",
                                            CAST(COALESCE(
                                              SUM("t70"."_len") OVER (
                                                PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                ORDER BY "t70"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t69"."person_id",
                                              "t69"."benefit",
                                              "t69"."_key",
                                              "t69"."_island",
                                              "t69"."i_start",
                                              "t69"."i_end",
                                              CASE
                                                WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t67"."person_id",
                                                "t67"."benefit",
                                                "t67"."_key",
                                                "t67"."_island",
                                                MIN("t67"."start_date") AS "i_start",
                                                MAX("t67"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t65"."person_id",
                                                  "t65"."benefit",
                                                  "t65"."start_date",
                                                  "t65"."_end",
                                                  "t65"."_key",
                                                  "t65"."_acc",
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
                                                  "t65"."_new",
                                                  SUM("t65"."_new") OVER (
                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
                                                FROM (
                                                  SELECT
                                                    "t63"."person_id",
                                                    "t63"."benefit",
                                                    "t63"."start_date",
                                                    "t63"."_end",
                                                    "t63"."_key",
                                                    "t63"."_acc",
                                                    "t63"."first_contact_date",
                                                    "t63"."target_group",
                                                    "t63"."first_absence_date",
                                                    "t63"."sickness_category",
                                                    "t63"."employed",
                                                    "t63"."handover_date",
                                                    "t63"."expected_absence_weeks",
                                                    "t63"."work_obligation",
                                                    "t63"."municipality",
                                                    "t63"."early_followup_request_date",
                                                    "t63"."education_order",
                                                    CASE
                                                      WHEN MAX("t63"."_end") OVER (
                                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t61" AS "t62"
                                                    WHERE
                                                      "t62"."_acc"
                                                  ) AS "t63"
                                                ) AS "t65"
                                              ) AS "t67"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t69"
                                          ) AS "t70"
                                        ) AS "t71"
                                      ) AS "t73"
                                        ON "t68"."person_id" = "t73"."_ipid"
                                        AND "t68"."benefit" = "t73"."_ibenefit"
                                        AND "t68"."start_date" = "t73"."_istart"
                                        AND "t73"."_cum" < "t68"."_needed"
                                        AND (
                                          (
                                            "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                            ) >= "t68"."_needed"
                                          )
                                        )
                                    ) AS "t74"
                                  ) AS "t75"
                                ) AS "t76"
                              ) AS "t77"
                            ) AS "t78"
                          ) AS "t81"
                          INNER JOIN (
                            SELECT
                              "t1"."person_id" AS "_pid",
                              "t1"."start_date" AS "_ex_start",
                              "t1"."end_date" AS "_ex_end",
                              "t1"."reason" AS "_ex_reason"
                            FROM "exemptions" AS "t1"
                            WHERE
                              "t1"."start_date" <= CAST($as_of AS DATE)
                          ) AS "t8"
                            ON "t81"."person_id" = "t8"."_pid"
                            AND "t8"."_ex_start" <= "t81"."_to"
                            AND "t8"."_ex_end" >= "t81"."_from"
                        ) AS "t82"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t84"
                        ON "t79"."person_id" = "t84"."person_id"
                        AND "t79"."benefit" = "t84"."benefit"
                        AND "t79"."start_date" = "t84"."start_date"
                    ) AS "t85"
                  ) AS "t86"
                ) AS "t88"
                LEFT OUTER JOIN (
                  SELECT
                    "t71"."person_id" AS "_ipid",
                    "t71"."benefit" AS "_ibenefit",
                    "t71"."start_date" AS "_istart",
                    "t71"."i_start" AS "_i_start",
                    "t71"."i_end" AS "_i_end",
                    "t71"."cum_before" AS "_cum"
                  FROM (
                    SELECT
                      "t70"."person_id",
                      "t70"."benefit",
                      "t70"."_key" AS "start_date",
                      "t70"."i_start",
                      "t70"."i_end",
                      CAST(COALESCE(
                        SUM("t70"."_len") OVER (
                          PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                          ORDER BY "t70"."i_start" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) AS INT) AS "cum_before"
                    FROM (
                      SELECT
                        "t69"."person_id",
                        "t69"."benefit",
                        "t69"."_key",
                        "t69"."_island",
                        "t69"."i_start",
                        "t69"."i_end",
                        CASE
                          WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t67"."person_id",
                          "t67"."benefit",
                          "t67"."_key",
                          "t67"."_island",
                          MIN("t67"."start_date") AS "i_start",
                          MAX("t67"."_end") AS "i_end"
                        FROM (
                          SELECT
                            "t65"."person_id",
                            "t65"."benefit",
                            "t65"."start_date",
                            "t65"."_end",
                            "t65"."_key",
                            "t65"."_acc",
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
                            "t65"."_new",
                            SUM("t65"."_new") OVER (
                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS "_island"
                          FROM (
                            SELECT
                              "t63"."person_id",
                              "t63"."benefit",
                              "t63"."start_date",
                              "t63"."_end",
                              "t63"."_key",
                              "t63"."_acc",
                              "t63"."first_contact_date",
                              "t63"."target_group",
                              "t63"."first_absence_date",
                              "t63"."sickness_category",
                              "t63"."employed",
                              "t63"."handover_date",
                              "t63"."expected_absence_weeks",
                              "t63"."work_obligation",
                              "t63"."municipality",
                              "t63"."early_followup_request_date",
                              "t63"."education_order",
                              CASE
                                WHEN MAX("t63"."_end") OVER (
                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) IS NULL
                                THEN 1
                                WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                THEN 1
                                ELSE 0
                              END AS "_new"
                            FROM (
                              SELECT
                                *
                              FROM "t61" AS "t62"
                              WHERE
                                "t62"."_acc"
                            ) AS "t63"
                          ) AS "t65"
                        ) AS "t67"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t69"
                    ) AS "t70"
                  ) AS "t71"
                ) AS "t73"
                  ON "t88"."person_id" = "t73"."_ipid"
                  AND "t88"."benefit" = "t73"."_ibenefit"
                  AND "t88"."start_date" = "t73"."_istart"
                  AND "t73"."_cum" < "t88"."_needed"
                  AND (
                    (
                      "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                      ) >= "t88"."_needed"
                    )
                  )
              ) AS "t89"
            ) AS "t90"
          ) AS "t92"
          LEFT OUTER JOIN (
            SELECT
              "t116".*
              EXCLUDE ("_need")
            FROM (
              SELECT
                "t114"."person_id",
                "t114"."benefit",
                "t114"."start_date",
                CASE
                  WHEN "t114"."counted" >= "t114"."_need"
                  THEN "t114"."nth_date"
                  ELSE CAST(NULL AS DATE)
                END AS "nth_date",
                "t114"."counted",
                "t114"."in_window",
                "t114"."listed",
                "t114"."_need"
              FROM (
                SELECT
                  "t112"."person_id",
                  "t112"."benefit",
                  "t112"."start_date",
                  MAX("t112"."date") AS "nth_date",
                  COUNT(*) AS "counted",
                  SUM(CAST("t112"."date" <= "t112"."_due" AS INT)) AS "in_window",
                  LISTAGG("t112"."description", ', ' ORDER BY "t112"."date" ASC) AS "listed",
                  MAX("t112"."_n") AS "_need"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t108"."person_id",
                      "t108"."benefit",
                      "t108"."start_date",
                      "t108"."date",
                      "t108"."description",
                      "t108"."_n",
                      "t108"."_due",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t108"."person_id", "t108"."benefit", "t108"."start_date"
                        ORDER BY "t108"."date" ASC, "t108"."description" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t106"."person_id",
                        "t106"."benefit",
                        "t106"."start_date",
                        "t106"."date",
                        "t106"."description",
                        "t96"."_n",
                        "t96"."_due"
                      FROM (
                        SELECT
                          "t102"."person_id",
                          "t102"."benefit",
                          "t102"."start_date",
                          "t102"."date",
                          "t102"."kind" || ' ' || CAST("t102"."date" AS TEXT) || ' (' || "t102"."form" || ', ' || "t102"."held_by" || ')' AS "description"
                        FROM (
                          SELECT
                            "t100"."person_id",
                            "t100"."benefit",
                            "t100"."start_date",
                            "t100"."window_start",
                            "t100"."_first",
                            "t100"."_last",
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
                              "t91"."person_id",
                              "t91"."benefit",
                              "t91"."start_date",
                              "t91"."window_start",
                              "t91"."_count_from" AS "_first",
                              COALESCE("t91"."end_date", CAST($as_of AS DATE)) AS "_last"
                            FROM (
                              SELECT
                                "t90".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t89"."person_id",
                                  "t89"."benefit",
                                  "t89"."start_date",
                                  "t89"."end_date",
                                  "t89"."first_contact_date",
                                  "t89"."target_group",
                                  "t89"."first_absence_date",
                                  "t89"."sickness_category",
                                  "t89"."employed",
                                  "t89"."handover_date",
                                  "t89"."expected_absence_weeks",
                                  "t89"."work_obligation",
                                  "t89"."municipality",
                                  "t89"."early_followup_request_date",
                                  "t89"."education_order",
                                  "t89"."periods",
                                  "t89"."window_start",
                                  "t89"."required",
                                  "t89"."required_joint",
                                  "t89"."in_force",
                                  "t89"."_end_unconfirmed",
                                  "t89"."due0",
                                  "t89"."exempt_days",
                                  "t89"."exempt_now",
                                  "t89"."exemption_note",
                                  "t89"."due_date",
                                  "t89"."_plain",
                                  "t89"."_needed",
                                  "t89"."_ipid",
                                  "t89"."_ibenefit",
                                  "t89"."_istart",
                                  "t89"."_i_start",
                                  "t89"."_i_end",
                                  "t89"."_cum",
                                  CASE
                                    WHEN "t89"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t89"."_plain"
                                  END AS "_count_from"
                                FROM (
                                  SELECT
                                    "t88"."person_id",
                                    "t88"."benefit",
                                    "t88"."start_date",
                                    "t88"."end_date",
                                    "t88"."first_contact_date",
                                    "t88"."target_group",
                                    "t88"."first_absence_date",
                                    "t88"."sickness_category",
                                    "t88"."employed",
                                    "t88"."handover_date",
                                    "t88"."expected_absence_weeks",
                                    "t88"."work_obligation",
                                    "t88"."municipality",
                                    "t88"."early_followup_request_date",
                                    "t88"."education_order",
                                    "t88"."periods",
                                    "t88"."window_start",
                                    "t88"."required",
                                    "t88"."required_joint",
                                    "t88"."in_force",
                                    "t88"."_end_unconfirmed",
                                    "t88"."due0",
                                    "t88"."exempt_days",
                                    "t88"."exempt_now",
                                    "t88"."exemption_note",
                                    "t88"."due_date",
                                    "t88"."_plain",
                                    "t88"."_needed",
                                    "t73"."_ipid",
                                    "t73"."_ibenefit",
                                    "t73"."_istart",
                                    "t73"."_i_start",
                                    "t73"."_i_end",
                                    "t73"."_cum"
                                  FROM (
                                    SELECT
                                      "t86"."person_id",
                                      "t86"."benefit",
                                      "t86"."start_date",
                                      "t86"."end_date",
                                      "t86"."first_contact_date",
                                      "t86"."target_group",
                                      "t86"."first_absence_date",
                                      "t86"."sickness_category",
                                      "t86"."employed",
                                      "t86"."handover_date",
                                      "t86"."expected_absence_weeks",
                                      "t86"."work_obligation",
                                      "t86"."municipality",
                                      "t86"."early_followup_request_date",
                                      "t86"."education_order",
                                      "t86"."periods",
                                      "t86"."window_start",
                                      "t86"."required",
                                      "t86"."required_joint",
                                      "t86"."in_force",
                                      "t86"."_end_unconfirmed",
                                      "t86"."due0",
                                      COALESCE("t86"."exempt_days", 0) AS "exempt_days",
                                      COALESCE("t86"."exempt_now", FALSE) AS "exempt_now",
                                      COALESCE("t86"."exemption_note", '') AS "exemption_note",
                                      CAST(CAST("t86"."due0" + TO_DAYS(
                                        CASE
                                          WHEN COALESCE(
                                            CASE
                                              WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN TRUE
                                              ELSE CAST(NULL AS BOOLEAN)
                                            END,
                                            FALSE
                                          )
                                          THEN COALESCE("t86"."exempt_days", 0)
                                          ELSE 0
                                        END
                                      ) AS TIMESTAMP) AS DATE) AS "due_date",
                                      CAST(CAST("t86"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t86"."window_start",
                                        CAST(CAST("t86"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t85".*
                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                      FROM (
                                        SELECT
                                          "t79"."person_id",
                                          "t79"."benefit",
                                          "t79"."start_date",
                                          "t79"."end_date",
                                          "t79"."first_contact_date",
                                          "t79"."target_group",
                                          "t79"."first_absence_date",
                                          "t79"."sickness_category",
                                          "t79"."employed",
                                          "t79"."handover_date",
                                          "t79"."expected_absence_weeks",
                                          "t79"."work_obligation",
                                          "t79"."municipality",
                                          "t79"."early_followup_request_date",
                                          "t79"."education_order",
                                          "t79"."periods",
                                          "t79"."window_start",
                                          "t79"."required",
                                          "t79"."required_joint",
                                          "t79"."in_force",
                                          "t79"."_end_unconfirmed",
                                          "t79"."due0",
                                          "t84"."person_id" AS "person_id_right",
                                          "t84"."benefit" AS "benefit_right",
                                          "t84"."start_date" AS "start_date_right",
                                          "t84"."exempt_days",
                                          "t84"."exempt_now",
                                          "t84"."exemption_note"
                                        FROM (
                                          SELECT
                                            "t77".*
                                            EXCLUDE ("_point")
                                          FROM (
                                            SELECT
                                              "t76"."person_id",
                                              "t76"."benefit",
                                              "t76"."start_date",
                                              "t76"."end_date",
                                              "t76"."first_contact_date",
                                              "t76"."target_group",
                                              "t76"."first_absence_date",
                                              "t76"."sickness_category",
                                              "t76"."employed",
                                              "t76"."handover_date",
                                              "t76"."expected_absence_weeks",
                                              "t76"."work_obligation",
                                              "t76"."municipality",
                                              "t76"."early_followup_request_date",
                                              "t76"."education_order",
                                              "t76"."periods",
                                              "t76"."window_start",
                                              "t76"."required",
                                              "t76"."required_joint",
                                              "t76"."in_force",
                                              "t76"."_end_unconfirmed",
                                              "t76"."_point",
                                              CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t75".*
                                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                              FROM (
                                                SELECT
                                                  "t74"."person_id",
                                                  "t74"."benefit",
                                                  "t74"."start_date",
                                                  "t74"."end_date",
                                                  "t74"."first_contact_date",
                                                  "t74"."target_group",
                                                  "t74"."first_absence_date",
                                                  "t74"."sickness_category",
                                                  "t74"."employed",
                                                  "t74"."handover_date",
                                                  "t74"."expected_absence_weeks",
                                                  "t74"."work_obligation",
                                                  "t74"."municipality",
                                                  "t74"."early_followup_request_date",
                                                  "t74"."education_order",
                                                  "t74"."periods",
                                                  "t74"."window_start",
                                                  "t74"."required",
                                                  "t74"."required_joint",
                                                  "t74"."in_force",
                                                  "t74"."_end_unconfirmed",
                                                  "t74"."_plain",
                                                  "t74"."_needed",
                                                  "t74"."_ipid",
                                                  "t74"."_ibenefit",
                                                  "t74"."_istart",
                                                  "t74"."_i_start",
                                                  "t74"."_i_end",
                                                  "t74"."_cum",
                                                  CASE
                                                    WHEN "t74"."_i_start" IS NOT NULL
                                                    THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                    ELSE "t74"."_plain"
                                                  END AS "_point"
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."start_date",
                                                    "t68"."end_date",
                                                    "t68"."first_contact_date",
                                                    "t68"."target_group",
                                                    "t68"."first_absence_date",
                                                    "t68"."sickness_category",
                                                    "t68"."employed",
                                                    "t68"."handover_date",
                                                    "t68"."expected_absence_weeks",
                                                    "t68"."work_obligation",
                                                    "t68"."municipality",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."periods",
                                                    "t68"."window_start",
                                                    "t68"."required",
                                                    "t68"."required_joint",
                                                    "t68"."in_force",
                                                    "t68"."_end_unconfirmed",
                                                    "t68"."_plain",
                                                    "t68"."_needed",
                                                    "t73"."_ipid",
                                                    "t73"."_ibenefit",
                                                    "t73"."_istart",
                                                    "t73"."_i_start",
                                                    "t73"."_i_end",
                                                    "t73"."_cum"
                                                  FROM (
                                                    SELECT
                                                      "t64"."person_id",
                                                      "t64"."benefit",
                                                      "t64"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t64"."_end"
                                                      END AS "end_date",
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
                                                      "t64"."periods",
                                                      "t64"."_key" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t64"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t64"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t64"."_key",
                                                        CAST(CAST("t64"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
                                                    FROM (
                                                      SELECT
                                                        "t62"."person_id",
                                                        "t62"."benefit",
                                                        "t62"."_key",
                                                        MAX("t62"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                        FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                        FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                        FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                        FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                        FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                        FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                        FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                        FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                        MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t61" AS "t62"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t64"
                                                    WHERE
                                                      "t64"."benefit" IN ('dagpenge')
                                                  ) AS "t68"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t71"."person_id" AS "_ipid",
                                                      "t71"."benefit" AS "_ibenefit",
                                                      "t71"."start_date" AS "_istart",
                                                      "t71"."i_start" AS "_i_start",
                                                      "t71"."i_end" AS "_i_end",
                                                      "t71"."cum_before" AS "_cum"
                                                    FROM (
                                                      SELECT
                                                        "t70"."person_id",
                                                        "t70"."benefit",
                                                        "t70"."_key" AS "start_date",
                                                        "t70"."i_start",
                                                        "t70"."i_end",
                                                        CAST(COALESCE(
                                                          SUM("t70"."_len") OVER (
                                                            PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                            ORDER BY "t70"."i_start" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ),
                                                          0
                                                        ) AS INT) AS "cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t69"."person_id",
                                                          "t69"."benefit",
                                                          "t69"."_key",
                                                          "t69"."_island",
                                                          "t69"."i_start",
                                                          "t69"."i_end",
                                                          CASE
                                                            WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t67"."person_id",
                                                            "t67"."benefit",
                                                            "t67"."_key",
                                                            "t67"."_island",
                                                            MIN("t67"."start_date") AS "i_start",
                                                            MAX("t67"."_end") AS "i_end"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."start_date",
                                                              "t65"."_end",
                                                              "t65"."_key",
                                                              "t65"."_acc",
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
                                                              "t65"."_new",
                                                              SUM("t65"."_new") OVER (
                                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ) AS "_island"
                                                            FROM (
                                                              SELECT
                                                                "t63"."person_id",
                                                                "t63"."benefit",
                                                                "t63"."start_date",
                                                                "t63"."_end",
                                                                "t63"."_key",
                                                                "t63"."_acc",
                                                                "t63"."first_contact_date",
                                                                "t63"."target_group",
                                                                "t63"."first_absence_date",
                                                                "t63"."sickness_category",
                                                                "t63"."employed",
                                                                "t63"."handover_date",
                                                                "t63"."expected_absence_weeks",
                                                                "t63"."work_obligation",
                                                                "t63"."municipality",
                                                                "t63"."early_followup_request_date",
                                                                "t63"."education_order",
                                                                CASE
                                                                  WHEN MAX("t63"."_end") OVER (
                                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) IS NULL
                                                                  THEN 1
                                                                  WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                  THEN 1
                                                                  ELSE 0
                                                                END AS "_new"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM "t61" AS "t62"
                                                                WHERE
                                                                  "t62"."_acc"
                                                              ) AS "t63"
                                                            ) AS "t65"
                                                          ) AS "t67"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t69"
                                                      ) AS "t70"
                                                    ) AS "t71"
                                                  ) AS "t73"
                                                    ON "t68"."person_id" = "t73"."_ipid"
                                                    AND "t68"."benefit" = "t73"."_ibenefit"
                                                    AND "t68"."start_date" = "t73"."_istart"
                                                    AND "t73"."_cum" < "t68"."_needed"
                                                    AND (
                                                      (
                                                        "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                        ) >= "t68"."_needed"
                                                      )
                                                    )
                                                ) AS "t74"
                                              ) AS "t75"
                                            ) AS "t76"
                                          ) AS "t77"
                                        ) AS "t79"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t82"."person_id",
                                            "t82"."benefit",
                                            "t82"."start_date",
                                            CAST(SUM(
                                              DATE_DIFF(
                                                'DAY',
                                                GREATEST("t82"."_ex_start", "t82"."_from"),
                                                LEAST("t82"."_ex_end", "t82"."_to")
                                              ) + 1
                                            ) AS INT) AS "exempt_days",
                                            BOOL_OR(
                                              CAST((
                                                "t82"."_ex_start" <= CAST($as_of AS DATE)
                                              )
                                              AND (
                                                "t82"."_ex_end" >= CAST($as_of AS DATE)
                                              ) AS BOOLEAN)
                                            ) AS "exempt_now",
                                            LISTAGG(
                                              
                                                'fritaget ' || CAST("t82"."_ex_start" AS TEXT) || '–' || CAST("t82"."_ex_end" AS TEXT) || ' (' || "t82"."_ex_reason" || ')',
                                                ', ' ORDER BY "t82"."_ex_start" ASC
                                              
                                            ) AS "exemption_note"
                                          FROM (
                                            SELECT
                                              "t81"."person_id",
                                              "t81"."benefit",
                                              "t81"."start_date",
                                              "t81"."_from",
                                              "t81"."_to",
                                              "t8"."_pid",
                                              "t8"."_ex_start",
                                              "t8"."_ex_end",
                                              "t8"."_ex_reason"
                                            FROM (
                                              SELECT
                                                "t78"."person_id",
                                                "t78"."benefit",
                                                "t78"."start_date",
                                                "t78"."window_start" AS "_from",
                                                "t78"."due0" AS "_to"
                                              FROM (
                                                SELECT
                                                  "t77".*
                                                  EXCLUDE ("_point")
                                                FROM (
                                                  SELECT
                                                    "t76"."person_id",
                                                    "t76"."benefit",
                                                    "t76"."start_date",
                                                    "t76"."end_date",
                                                    "t76"."first_contact_date",
                                                    "t76"."target_group",
                                                    "t76"."first_absence_date",
                                                    "t76"."sickness_category",
                                                    "t76"."employed",
                                                    "t76"."handover_date",
                                                    "t76"."expected_absence_weeks",
                                                    "t76"."work_obligation",
                                                    "t76"."municipality",
                                                    "t76"."early_followup_request_date",
                                                    "t76"."education_order",
                                                    "t76"."periods",
                                                    "t76"."window_start",
                                                    "t76"."required",
                                                    "t76"."required_joint",
                                                    "t76"."in_force",
                                                    "t76"."_end_unconfirmed",
                                                    "t76"."_point",
                                                    CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                  FROM (
                                                    SELECT
                                                      "t75".*
                                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                    FROM (
                                                      SELECT
                                                        "t74"."person_id",
                                                        "t74"."benefit",
                                                        "t74"."start_date",
                                                        "t74"."end_date",
                                                        "t74"."first_contact_date",
                                                        "t74"."target_group",
                                                        "t74"."first_absence_date",
                                                        "t74"."sickness_category",
                                                        "t74"."employed",
                                                        "t74"."handover_date",
                                                        "t74"."expected_absence_weeks",
                                                        "t74"."work_obligation",
                                                        "t74"."municipality",
                                                        "t74"."early_followup_request_date",
                                                        "t74"."education_order",
                                                        "t74"."periods",
                                                        "t74"."window_start",
                                                        "t74"."required",
                                                        "t74"."required_joint",
                                                        "t74"."in_force",
                                                        "t74"."_end_unconfirmed",
                                                        "t74"."_plain",
                                                        "t74"."_needed",
                                                        "t74"."_ipid",
                                                        "t74"."_ibenefit",
                                                        "t74"."_istart",
                                                        "t74"."_i_start",
                                                        "t74"."_i_end",
                                                        "t74"."_cum",
                                                        CASE
                                                          WHEN "t74"."_i_start" IS NOT NULL
                                                          THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                          ELSE "t74"."_plain"
                                                        END AS "_point"
                                                      FROM (
                                                        SELECT
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."start_date",
                                                          "t68"."end_date",
                                                          "t68"."first_contact_date",
                                                          "t68"."target_group",
                                                          "t68"."first_absence_date",
                                                          "t68"."sickness_category",
                                                          "t68"."employed",
                                                          "t68"."handover_date",
                                                          "t68"."expected_absence_weeks",
                                                          "t68"."work_obligation",
                                                          "t68"."municipality",
                                                          "t68"."early_followup_request_date",
                                                          "t68"."education_order",
                                                          "t68"."periods",
                                                          "t68"."window_start",
                                                          "t68"."required",
                                                          "t68"."required_joint",
                                                          "t68"."in_force",
                                                          "t68"."_end_unconfirmed",
                                                          "t68"."_plain",
                                                          "t68"."_needed",
                                                          "t73"."_ipid",
                                                          "t73"."_ibenefit",
                                                          "t73"."_istart",
                                                          "t73"."_i_start",
                                                          "t73"."_i_end",
                                                          "t73"."_cum"
                                                        FROM (
                                                          SELECT
                                                            "t64"."person_id",
                                                            "t64"."benefit",
                                                            "t64"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t64"."_end"
                                                            END AS "end_date",
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
                                                            "t64"."periods",
                                                            "t64"."_key" AS "window_start",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) + COALESCE(
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required_joint",
                                                            (
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            )
                                                            AND (
                                                              CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                            ) AS "in_force",
                                                            COALESCE(
                                                              (
                                                                CASE
                                                                  WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NULL
                                                              )
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t64"."benefit"
                                                                )
                                                                OR ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                                ),
                                                                FALSE
                                                              ),
                                                              FALSE
                                                            ) AS "_end_unconfirmed",
                                                            CAST(CAST("t64"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t64"."_key",
                                                              CAST(CAST("t64"."_key" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_needed"
                                                          FROM (
                                                            SELECT
                                                              "t62"."person_id",
                                                              "t62"."benefit",
                                                              "t62"."_key",
                                                              MAX("t62"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                              FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                              FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                              FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                              FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                              FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                              FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                              FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                              FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                              MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t61" AS "t62"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t64"
                                                          WHERE
                                                            "t64"."benefit" IN ('dagpenge')
                                                        ) AS "t68"
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            "t71"."person_id" AS "_ipid",
                                                            "t71"."benefit" AS "_ibenefit",
                                                            "t71"."start_date" AS "_istart",
                                                            "t71"."i_start" AS "_i_start",
                                                            "t71"."i_end" AS "_i_end",
                                                            "t71"."cum_before" AS "_cum"
                                                          FROM (
                                                            SELECT
                                                              "t70"."person_id",
                                                              "t70"."benefit",
                                                              "t70"."_key" AS "start_date",
                                                              "t70"."i_start",
                                                              "t70"."i_end",
                                                              CAST(COALESCE(
                                                                SUM("t70"."_len") OVER (
                                                                  PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                                  ORDER BY "t70"."i_start" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ),
                                                                0
                                                              ) AS INT) AS "cum_before"
                                                            FROM (
                                                              SELECT
                                                                "t69"."person_id",
                                                                "t69"."benefit",
                                                                "t69"."_key",
                                                                "t69"."_island",
                                                                "t69"."i_start",
                                                                "t69"."i_end",
                                                                CASE
                                                                  WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN 0
                                                                  ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                                END AS "_len"
                                                              FROM (
                                                                SELECT
                                                                  "t67"."person_id",
                                                                  "t67"."benefit",
                                                                  "t67"."_key",
                                                                  "t67"."_island",
                                                                  MIN("t67"."start_date") AS "i_start",
                                                                  MAX("t67"."_end") AS "i_end"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."start_date",
                                                                    "t65"."_end",
                                                                    "t65"."_key",
                                                                    "t65"."_acc",
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
                                                                    "t65"."_new",
                                                                    SUM("t65"."_new") OVER (
                                                                      PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                      ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                    ) AS "_island"
                                                                  FROM (
                                                                    SELECT
                                                                      "t63"."person_id",
                                                                      "t63"."benefit",
                                                                      "t63"."start_date",
                                                                      "t63"."_end",
                                                                      "t63"."_key",
                                                                      "t63"."_acc",
                                                                      "t63"."first_contact_date",
                                                                      "t63"."target_group",
                                                                      "t63"."first_absence_date",
                                                                      "t63"."sickness_category",
                                                                      "t63"."employed",
                                                                      "t63"."handover_date",
                                                                      "t63"."expected_absence_weeks",
                                                                      "t63"."work_obligation",
                                                                      "t63"."municipality",
                                                                      "t63"."early_followup_request_date",
                                                                      "t63"."education_order",
                                                                      CASE
                                                                        WHEN MAX("t63"."_end") OVER (
                                                                          PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                          ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                        ) IS NULL
                                                                        THEN 1
                                                                        WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                          PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                          ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                        THEN 1
                                                                        ELSE 0
                                                                      END AS "_new"
                                                                    FROM (
                                                                      SELECT
                                                                        *
                                                                      FROM "t61" AS "t62"
                                                                      WHERE
                                                                        "t62"."_acc"
                                                                    ) AS "t63"
                                                                  ) AS "t65"
                                                                ) AS "t67"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3,
                                                                  4
                                                              ) AS "t69"
                                                            ) AS "t70"
                                                          ) AS "t71"
                                                        ) AS "t73"
                                                          ON "t68"."person_id" = "t73"."_ipid"
                                                          AND "t68"."benefit" = "t73"."_ibenefit"
                                                          AND "t68"."start_date" = "t73"."_istart"
                                                          AND "t73"."_cum" < "t68"."_needed"
                                                          AND (
                                                            (
                                                              "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                              ) >= "t68"."_needed"
                                                            )
                                                          )
                                                      ) AS "t74"
                                                    ) AS "t75"
                                                  ) AS "t76"
                                                ) AS "t77"
                                              ) AS "t78"
                                            ) AS "t81"
                                            INNER JOIN (
                                              SELECT
                                                "t1"."person_id" AS "_pid",
                                                "t1"."start_date" AS "_ex_start",
                                                "t1"."end_date" AS "_ex_end",
                                                "t1"."reason" AS "_ex_reason"
                                              FROM "exemptions" AS "t1"
                                              WHERE
                                                "t1"."start_date" <= CAST($as_of AS DATE)
                                            ) AS "t8"
                                              ON "t81"."person_id" = "t8"."_pid"
                                              AND "t8"."_ex_start" <= "t81"."_to"
                                              AND "t8"."_ex_end" >= "t81"."_from"
                                          ) AS "t82"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t84"
                                          ON "t79"."person_id" = "t84"."person_id"
                                          AND "t79"."benefit" = "t84"."benefit"
                                          AND "t79"."start_date" = "t84"."start_date"
                                      ) AS "t85"
                                    ) AS "t86"
                                  ) AS "t88"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t71"."person_id" AS "_ipid",
                                      "t71"."benefit" AS "_ibenefit",
                                      "t71"."start_date" AS "_istart",
                                      "t71"."i_start" AS "_i_start",
                                      "t71"."i_end" AS "_i_end",
                                      "t71"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t70"."person_id",
                                        "t70"."benefit",
                                        "t70"."_key" AS "start_date",
                                        "t70"."i_start",
                                        "t70"."i_end",
                                        CAST(COALESCE(
                                          SUM("t70"."_len") OVER (
                                            PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                            ORDER BY "t70"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t69"."person_id",
                                          "t69"."benefit",
                                          "t69"."_key",
                                          "t69"."_island",
                                          "t69"."i_start",
                                          "t69"."i_end",
                                          CASE
                                            WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t67"."person_id",
                                            "t67"."benefit",
                                            "t67"."_key",
                                            "t67"."_island",
                                            MIN("t67"."start_date") AS "i_start",
                                            MAX("t67"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."start_date",
                                              "t65"."_end",
                                              "t65"."_key",
                                              "t65"."_acc",
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
                                              "t65"."_new",
                                              SUM("t65"."_new") OVER (
                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t63"."person_id",
                                                "t63"."benefit",
                                                "t63"."start_date",
                                                "t63"."_end",
                                                "t63"."_key",
                                                "t63"."_acc",
                                                "t63"."first_contact_date",
                                                "t63"."target_group",
                                                "t63"."first_absence_date",
                                                "t63"."sickness_category",
                                                "t63"."employed",
                                                "t63"."handover_date",
                                                "t63"."expected_absence_weeks",
                                                "t63"."work_obligation",
                                                "t63"."municipality",
                                                "t63"."early_followup_request_date",
                                                "t63"."education_order",
                                                CASE
                                                  WHEN MAX("t63"."_end") OVER (
                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t61" AS "t62"
                                                WHERE
                                                  "t62"."_acc"
                                              ) AS "t63"
                                            ) AS "t65"
                                          ) AS "t67"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t69"
                                      ) AS "t70"
                                    ) AS "t71"
                                  ) AS "t73"
                                    ON "t88"."person_id" = "t73"."_ipid"
                                    AND "t88"."benefit" = "t73"."_ibenefit"
                                    AND "t88"."start_date" = "t73"."_istart"
                                    AND "t73"."_cum" < "t88"."_needed"
                                    AND (
                                      (
                                        "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                        ) >= "t88"."_needed"
                                      )
                                    )
                                ) AS "t89"
                              ) AS "t90"
                            ) AS "t91"
                          ) AS "t100"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "conversations" AS "t0"
                            WHERE
                              "t0"."status" = 'afholdt'
                              AND COALESCE("t0"."individual", TRUE)
                              AND "t0"."date" <= CAST($as_of AS DATE)
                              AND "t0"."kind" IN ('jobsamtale', 'faellessamtale')
                          ) AS "t7"
                            ON "t100"."person_id" = "t7"."person_id"
                            AND "t7"."date" >= "t100"."_first"
                            AND "t7"."date" <= "t100"."_last"
                        ) AS "t102"
                        WHERE
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobcenter', 'anden_aktoer']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t102"."held_by"
                            ),
                            FALSE
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['personligt', 'telefon', 'video']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t102"."form"
                            ),
                            FALSE
                          )
                      ) AS "t106"
                      INNER JOIN (
                        SELECT
                          "t91"."person_id",
                          "t91"."benefit",
                          "t91"."start_date",
                          "t91"."required" AS "_n",
                          "t91"."due_date" AS "_due"
                        FROM (
                          SELECT
                            "t90".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t89"."person_id",
                              "t89"."benefit",
                              "t89"."start_date",
                              "t89"."end_date",
                              "t89"."first_contact_date",
                              "t89"."target_group",
                              "t89"."first_absence_date",
                              "t89"."sickness_category",
                              "t89"."employed",
                              "t89"."handover_date",
                              "t89"."expected_absence_weeks",
                              "t89"."work_obligation",
                              "t89"."municipality",
                              "t89"."early_followup_request_date",
                              "t89"."education_order",
                              "t89"."periods",
                              "t89"."window_start",
                              "t89"."required",
                              "t89"."required_joint",
                              "t89"."in_force",
                              "t89"."_end_unconfirmed",
                              "t89"."due0",
                              "t89"."exempt_days",
                              "t89"."exempt_now",
                              "t89"."exemption_note",
                              "t89"."due_date",
                              "t89"."_plain",
                              "t89"."_needed",
                              "t89"."_ipid",
                              "t89"."_ibenefit",
                              "t89"."_istart",
                              "t89"."_i_start",
                              "t89"."_i_end",
                              "t89"."_cum",
                              CASE
                                WHEN "t89"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t89"."_plain"
                              END AS "_count_from"
                            FROM (
                              SELECT
                                "t88"."person_id",
                                "t88"."benefit",
                                "t88"."start_date",
                                "t88"."end_date",
                                "t88"."first_contact_date",
                                "t88"."target_group",
                                "t88"."first_absence_date",
                                "t88"."sickness_category",
                                "t88"."employed",
                                "t88"."handover_date",
                                "t88"."expected_absence_weeks",
                                "t88"."work_obligation",
                                "t88"."municipality",
                                "t88"."early_followup_request_date",
                                "t88"."education_order",
                                "t88"."periods",
                                "t88"."window_start",
                                "t88"."required",
                                "t88"."required_joint",
                                "t88"."in_force",
                                "t88"."_end_unconfirmed",
                                "t88"."due0",
                                "t88"."exempt_days",
                                "t88"."exempt_now",
                                "t88"."exemption_note",
                                "t88"."due_date",
                                "t88"."_plain",
                                "t88"."_needed",
                                "t73"."_ipid",
                                "t73"."_ibenefit",
                                "t73"."_istart",
                                "t73"."_i_start",
                                "t73"."_i_end",
                                "t73"."_cum"
                              FROM (
                                SELECT
                                  "t86"."person_id",
                                  "t86"."benefit",
                                  "t86"."start_date",
                                  "t86"."end_date",
                                  "t86"."first_contact_date",
                                  "t86"."target_group",
                                  "t86"."first_absence_date",
                                  "t86"."sickness_category",
                                  "t86"."employed",
                                  "t86"."handover_date",
                                  "t86"."expected_absence_weeks",
                                  "t86"."work_obligation",
                                  "t86"."municipality",
                                  "t86"."early_followup_request_date",
                                  "t86"."education_order",
                                  "t86"."periods",
                                  "t86"."window_start",
                                  "t86"."required",
                                  "t86"."required_joint",
                                  "t86"."in_force",
                                  "t86"."_end_unconfirmed",
                                  "t86"."due0",
                                  COALESCE("t86"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t86"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t86"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t86"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t86"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t86"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t86"."window_start",
                                    CAST(CAST("t86"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t85".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                  FROM (
                                    SELECT
                                      "t79"."person_id",
                                      "t79"."benefit",
                                      "t79"."start_date",
                                      "t79"."end_date",
                                      "t79"."first_contact_date",
                                      "t79"."target_group",
                                      "t79"."first_absence_date",
                                      "t79"."sickness_category",
                                      "t79"."employed",
                                      "t79"."handover_date",
                                      "t79"."expected_absence_weeks",
                                      "t79"."work_obligation",
                                      "t79"."municipality",
                                      "t79"."early_followup_request_date",
                                      "t79"."education_order",
                                      "t79"."periods",
                                      "t79"."window_start",
                                      "t79"."required",
                                      "t79"."required_joint",
                                      "t79"."in_force",
                                      "t79"."_end_unconfirmed",
                                      "t79"."due0",
                                      "t84"."person_id" AS "person_id_right",
                                      "t84"."benefit" AS "benefit_right",
                                      "t84"."start_date" AS "start_date_right",
                                      "t84"."exempt_days",
                                      "t84"."exempt_now",
                                      "t84"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t77".*
                                        EXCLUDE ("_point")
                                      FROM (
                                        SELECT
                                          "t76"."person_id",
                                          "t76"."benefit",
                                          "t76"."start_date",
                                          "t76"."end_date",
                                          "t76"."first_contact_date",
                                          "t76"."target_group",
                                          "t76"."first_absence_date",
                                          "t76"."sickness_category",
                                          "t76"."employed",
                                          "t76"."handover_date",
                                          "t76"."expected_absence_weeks",
                                          "t76"."work_obligation",
                                          "t76"."municipality",
                                          "t76"."early_followup_request_date",
                                          "t76"."education_order",
                                          "t76"."periods",
                                          "t76"."window_start",
                                          "t76"."required",
                                          "t76"."required_joint",
                                          "t76"."in_force",
                                          "t76"."_end_unconfirmed",
                                          "t76"."_point",
                                          CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t75".*
                                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                          FROM (
                                            SELECT
                                              "t74"."person_id",
                                              "t74"."benefit",
                                              "t74"."start_date",
                                              "t74"."end_date",
                                              "t74"."first_contact_date",
                                              "t74"."target_group",
                                              "t74"."first_absence_date",
                                              "t74"."sickness_category",
                                              "t74"."employed",
                                              "t74"."handover_date",
                                              "t74"."expected_absence_weeks",
                                              "t74"."work_obligation",
                                              "t74"."municipality",
                                              "t74"."early_followup_request_date",
                                              "t74"."education_order",
                                              "t74"."periods",
                                              "t74"."window_start",
                                              "t74"."required",
                                              "t74"."required_joint",
                                              "t74"."in_force",
                                              "t74"."_end_unconfirmed",
                                              "t74"."_plain",
                                              "t74"."_needed",
                                              "t74"."_ipid",
                                              "t74"."_ibenefit",
                                              "t74"."_istart",
                                              "t74"."_i_start",
                                              "t74"."_i_end",
                                              "t74"."_cum",
                                              CASE
                                                WHEN "t74"."_i_start" IS NOT NULL
                                                THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                ELSE "t74"."_plain"
                                              END AS "_point"
                                            FROM (
                                              SELECT
                                                "t68"."person_id",
                                                "t68"."benefit",
                                                "t68"."start_date",
                                                "t68"."end_date",
                                                "t68"."first_contact_date",
                                                "t68"."target_group",
                                                "t68"."first_absence_date",
                                                "t68"."sickness_category",
                                                "t68"."employed",
                                                "t68"."handover_date",
                                                "t68"."expected_absence_weeks",
                                                "t68"."work_obligation",
                                                "t68"."municipality",
                                                "t68"."early_followup_request_date",
                                                "t68"."education_order",
                                                "t68"."periods",
                                                "t68"."window_start",
                                                "t68"."required",
                                                "t68"."required_joint",
                                                "t68"."in_force",
                                                "t68"."_end_unconfirmed",
                                                "t68"."_plain",
                                                "t68"."_needed",
                                                "t73"."_ipid",
                                                "t73"."_ibenefit",
                                                "t73"."_istart",
                                                "t73"."_i_start",
                                                "t73"."_i_end",
                                                "t73"."_cum"
                                              FROM (
                                                SELECT
                                                  "t64"."person_id",
                                                  "t64"."benefit",
                                                  "t64"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t64"."_end"
                                                  END AS "end_date",
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
                                                  "t64"."periods",
                                                  "t64"."_key" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t64"."benefit"
                                                      )
                                                      OR ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                      ),
                                                      FALSE
                                                    ),
                                                    FALSE
                                                  ) AS "_end_unconfirmed",
                                                  CAST(CAST("t64"."_key" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t64"."_key",
                                                    CAST(CAST("t64"."_key" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
                                                FROM (
                                                  SELECT
                                                    "t62"."person_id",
                                                    "t62"."benefit",
                                                    "t62"."_key",
                                                    MAX("t62"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                    FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                    FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                    FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                    FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                    FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                    FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                    FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                    FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                    MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t61" AS "t62"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t64"
                                                WHERE
                                                  "t64"."benefit" IN ('dagpenge')
                                              ) AS "t68"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t71"."person_id" AS "_ipid",
                                                  "t71"."benefit" AS "_ibenefit",
                                                  "t71"."start_date" AS "_istart",
                                                  "t71"."i_start" AS "_i_start",
                                                  "t71"."i_end" AS "_i_end",
                                                  "t71"."cum_before" AS "_cum"
                                                FROM (
                                                  SELECT
                                                    "t70"."person_id",
                                                    "t70"."benefit",
                                                    "t70"."_key" AS "start_date",
                                                    "t70"."i_start",
                                                    "t70"."i_end",
                                                    CAST(COALESCE(
                                                      SUM("t70"."_len") OVER (
                                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                        ORDER BY "t70"."i_start" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ),
                                                      0
                                                    ) AS INT) AS "cum_before"
                                                  FROM (
                                                    SELECT
                                                      "t69"."person_id",
                                                      "t69"."benefit",
                                                      "t69"."_key",
                                                      "t69"."_island",
                                                      "t69"."i_start",
                                                      "t69"."i_end",
                                                      CASE
                                                        WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."_key",
                                                        "t67"."_island",
                                                        MIN("t67"."start_date") AS "i_start",
                                                        MAX("t67"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."start_date",
                                                          "t65"."_end",
                                                          "t65"."_key",
                                                          "t65"."_acc",
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
                                                          "t65"."_new",
                                                          SUM("t65"."_new") OVER (
                                                            PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                            ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                          ) AS "_island"
                                                        FROM (
                                                          SELECT
                                                            "t63"."person_id",
                                                            "t63"."benefit",
                                                            "t63"."start_date",
                                                            "t63"."_end",
                                                            "t63"."_key",
                                                            "t63"."_acc",
                                                            "t63"."first_contact_date",
                                                            "t63"."target_group",
                                                            "t63"."first_absence_date",
                                                            "t63"."sickness_category",
                                                            "t63"."employed",
                                                            "t63"."handover_date",
                                                            "t63"."expected_absence_weeks",
                                                            "t63"."work_obligation",
                                                            "t63"."municipality",
                                                            "t63"."early_followup_request_date",
                                                            "t63"."education_order",
                                                            CASE
                                                              WHEN MAX("t63"."_end") OVER (
                                                                PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) IS NULL
                                                              THEN 1
                                                              WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                              THEN 1
                                                              ELSE 0
                                                            END AS "_new"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "t61" AS "t62"
                                                            WHERE
                                                              "t62"."_acc"
                                                          ) AS "t63"
                                                        ) AS "t65"
                                                      ) AS "t67"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t69"
                                                  ) AS "t70"
                                                ) AS "t71"
                                              ) AS "t73"
                                                ON "t68"."person_id" = "t73"."_ipid"
                                                AND "t68"."benefit" = "t73"."_ibenefit"
                                                AND "t68"."start_date" = "t73"."_istart"
                                                AND "t73"."_cum" < "t68"."_needed"
                                                AND (
                                                  (
                                                    "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                    ) >= "t68"."_needed"
                                                  )
                                                )
                                            ) AS "t74"
                                          ) AS "t75"
                                        ) AS "t76"
                                      ) AS "t77"
                                    ) AS "t79"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t82"."person_id",
                                        "t82"."benefit",
                                        "t82"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t82"."_ex_start", "t82"."_from"),
                                            LEAST("t82"."_ex_end", "t82"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t82"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t82"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        LISTAGG(
                                          
                                            'fritaget ' || CAST("t82"."_ex_start" AS TEXT) || '–' || CAST("t82"."_ex_end" AS TEXT) || ' (' || "t82"."_ex_reason" || ')',
                                            ', ' ORDER BY "t82"."_ex_start" ASC
                                          
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t81"."person_id",
                                          "t81"."benefit",
                                          "t81"."start_date",
                                          "t81"."_from",
                                          "t81"."_to",
                                          "t8"."_pid",
                                          "t8"."_ex_start",
                                          "t8"."_ex_end",
                                          "t8"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t78"."person_id",
                                            "t78"."benefit",
                                            "t78"."start_date",
                                            "t78"."window_start" AS "_from",
                                            "t78"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t77".*
                                              EXCLUDE ("_point")
                                            FROM (
                                              SELECT
                                                "t76"."person_id",
                                                "t76"."benefit",
                                                "t76"."start_date",
                                                "t76"."end_date",
                                                "t76"."first_contact_date",
                                                "t76"."target_group",
                                                "t76"."first_absence_date",
                                                "t76"."sickness_category",
                                                "t76"."employed",
                                                "t76"."handover_date",
                                                "t76"."expected_absence_weeks",
                                                "t76"."work_obligation",
                                                "t76"."municipality",
                                                "t76"."early_followup_request_date",
                                                "t76"."education_order",
                                                "t76"."periods",
                                                "t76"."window_start",
                                                "t76"."required",
                                                "t76"."required_joint",
                                                "t76"."in_force",
                                                "t76"."_end_unconfirmed",
                                                "t76"."_point",
                                                CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t75".*
                                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                FROM (
                                                  SELECT
                                                    "t74"."person_id",
                                                    "t74"."benefit",
                                                    "t74"."start_date",
                                                    "t74"."end_date",
                                                    "t74"."first_contact_date",
                                                    "t74"."target_group",
                                                    "t74"."first_absence_date",
                                                    "t74"."sickness_category",
                                                    "t74"."employed",
                                                    "t74"."handover_date",
                                                    "t74"."expected_absence_weeks",
                                                    "t74"."work_obligation",
                                                    "t74"."municipality",
                                                    "t74"."early_followup_request_date",
                                                    "t74"."education_order",
                                                    "t74"."periods",
                                                    "t74"."window_start",
                                                    "t74"."required",
                                                    "t74"."required_joint",
                                                    "t74"."in_force",
                                                    "t74"."_end_unconfirmed",
                                                    "t74"."_plain",
                                                    "t74"."_needed",
                                                    "t74"."_ipid",
                                                    "t74"."_ibenefit",
                                                    "t74"."_istart",
                                                    "t74"."_i_start",
                                                    "t74"."_i_end",
                                                    "t74"."_cum",
                                                    CASE
                                                      WHEN "t74"."_i_start" IS NOT NULL
                                                      THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                      ELSE "t74"."_plain"
                                                    END AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t68"."person_id",
                                                      "t68"."benefit",
                                                      "t68"."start_date",
                                                      "t68"."end_date",
                                                      "t68"."first_contact_date",
                                                      "t68"."target_group",
                                                      "t68"."first_absence_date",
                                                      "t68"."sickness_category",
                                                      "t68"."employed",
                                                      "t68"."handover_date",
                                                      "t68"."expected_absence_weeks",
                                                      "t68"."work_obligation",
                                                      "t68"."municipality",
                                                      "t68"."early_followup_request_date",
                                                      "t68"."education_order",
                                                      "t68"."periods",
                                                      "t68"."window_start",
                                                      "t68"."required",
                                                      "t68"."required_joint",
                                                      "t68"."in_force",
                                                      "t68"."_end_unconfirmed",
                                                      "t68"."_plain",
                                                      "t68"."_needed",
                                                      "t73"."_ipid",
                                                      "t73"."_ibenefit",
                                                      "t73"."_istart",
                                                      "t73"."_i_start",
                                                      "t73"."_i_end",
                                                      "t73"."_cum"
                                                    FROM (
                                                      SELECT
                                                        "t64"."person_id",
                                                        "t64"."benefit",
                                                        "t64"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t64"."_end"
                                                        END AS "end_date",
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
                                                        "t64"."periods",
                                                        "t64"."_key" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t64"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t64"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t64"."_key",
                                                          CAST(CAST("t64"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
                                                      FROM (
                                                        SELECT
                                                          "t62"."person_id",
                                                          "t62"."benefit",
                                                          "t62"."_key",
                                                          MAX("t62"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                          FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                          FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                          FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                          FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                          FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                          FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                          FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                          FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                          MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t61" AS "t62"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t64"
                                                      WHERE
                                                        "t64"."benefit" IN ('dagpenge')
                                                    ) AS "t68"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t71"."person_id" AS "_ipid",
                                                        "t71"."benefit" AS "_ibenefit",
                                                        "t71"."start_date" AS "_istart",
                                                        "t71"."i_start" AS "_i_start",
                                                        "t71"."i_end" AS "_i_end",
                                                        "t71"."cum_before" AS "_cum"
                                                      FROM (
                                                        SELECT
                                                          "t70"."person_id",
                                                          "t70"."benefit",
                                                          "t70"."_key" AS "start_date",
                                                          "t70"."i_start",
                                                          "t70"."i_end",
                                                          CAST(COALESCE(
                                                            SUM("t70"."_len") OVER (
                                                              PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                              ORDER BY "t70"."i_start" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ),
                                                            0
                                                          ) AS INT) AS "cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t69"."person_id",
                                                            "t69"."benefit",
                                                            "t69"."_key",
                                                            "t69"."_island",
                                                            "t69"."i_start",
                                                            "t69"."i_end",
                                                            CASE
                                                              WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t67"."person_id",
                                                              "t67"."benefit",
                                                              "t67"."_key",
                                                              "t67"."_island",
                                                              MIN("t67"."start_date") AS "i_start",
                                                              MAX("t67"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."start_date",
                                                                "t65"."_end",
                                                                "t65"."_key",
                                                                "t65"."_acc",
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
                                                                "t65"."_new",
                                                                SUM("t65"."_new") OVER (
                                                                  PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                  ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "_island"
                                                              FROM (
                                                                SELECT
                                                                  "t63"."person_id",
                                                                  "t63"."benefit",
                                                                  "t63"."start_date",
                                                                  "t63"."_end",
                                                                  "t63"."_key",
                                                                  "t63"."_acc",
                                                                  "t63"."first_contact_date",
                                                                  "t63"."target_group",
                                                                  "t63"."first_absence_date",
                                                                  "t63"."sickness_category",
                                                                  "t63"."employed",
                                                                  "t63"."handover_date",
                                                                  "t63"."expected_absence_weeks",
                                                                  "t63"."work_obligation",
                                                                  "t63"."municipality",
                                                                  "t63"."early_followup_request_date",
                                                                  "t63"."education_order",
                                                                  CASE
                                                                    WHEN MAX("t63"."_end") OVER (
                                                                      PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                      ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) IS NULL
                                                                    THEN 1
                                                                    WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                      PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                      ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                    THEN 1
                                                                    ELSE 0
                                                                  END AS "_new"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM "t61" AS "t62"
                                                                  WHERE
                                                                    "t62"."_acc"
                                                                ) AS "t63"
                                                              ) AS "t65"
                                                            ) AS "t67"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t69"
                                                        ) AS "t70"
                                                      ) AS "t71"
                                                    ) AS "t73"
                                                      ON "t68"."person_id" = "t73"."_ipid"
                                                      AND "t68"."benefit" = "t73"."_ibenefit"
                                                      AND "t68"."start_date" = "t73"."_istart"
                                                      AND "t73"."_cum" < "t68"."_needed"
                                                      AND (
                                                        (
                                                          "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                          ) >= "t68"."_needed"
                                                        )
                                                      )
                                                  ) AS "t74"
                                                ) AS "t75"
                                              ) AS "t76"
                                            ) AS "t77"
                                          ) AS "t78"
                                        ) AS "t81"
                                        INNER JOIN (
                                          SELECT
                                            "t1"."person_id" AS "_pid",
                                            "t1"."start_date" AS "_ex_start",
                                            "t1"."end_date" AS "_ex_end",
                                            "t1"."reason" AS "_ex_reason"
                                          FROM "exemptions" AS "t1"
                                          WHERE
                                            "t1"."start_date" <= CAST($as_of AS DATE)
                                        ) AS "t8"
                                          ON "t81"."person_id" = "t8"."_pid"
                                          AND "t8"."_ex_start" <= "t81"."_to"
                                          AND "t8"."_ex_end" >= "t81"."_from"
                                      ) AS "t82"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t84"
                                      ON "t79"."person_id" = "t84"."person_id"
                                      AND "t79"."benefit" = "t84"."benefit"
                                      AND "t79"."start_date" = "t84"."start_date"
                                  ) AS "t85"
                                ) AS "t86"
                              ) AS "t88"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t71"."person_id" AS "_ipid",
                                  "t71"."benefit" AS "_ibenefit",
                                  "t71"."start_date" AS "_istart",
                                  "t71"."i_start" AS "_i_start",
                                  "t71"."i_end" AS "_i_end",
                                  "t71"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t70"."person_id",
                                    "t70"."benefit",
                                    "t70"."_key" AS "start_date",
                                    "t70"."i_start",
                                    "t70"."i_end",
                                    CAST(COALESCE(
                                      SUM("t70"."_len") OVER (
                                        PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                        ORDER BY "t70"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t69"."person_id",
                                      "t69"."benefit",
                                      "t69"."_key",
                                      "t69"."_island",
                                      "t69"."i_start",
                                      "t69"."i_end",
                                      CASE
                                        WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t67"."person_id",
                                        "t67"."benefit",
                                        "t67"."_key",
                                        "t67"."_island",
                                        MIN("t67"."start_date") AS "i_start",
                                        MAX("t67"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t65"."person_id",
                                          "t65"."benefit",
                                          "t65"."start_date",
                                          "t65"."_end",
                                          "t65"."_key",
                                          "t65"."_acc",
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
                                          "t65"."_new",
                                          SUM("t65"."_new") OVER (
                                            PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                            ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t63"."person_id",
                                            "t63"."benefit",
                                            "t63"."start_date",
                                            "t63"."_end",
                                            "t63"."_key",
                                            "t63"."_acc",
                                            "t63"."first_contact_date",
                                            "t63"."target_group",
                                            "t63"."first_absence_date",
                                            "t63"."sickness_category",
                                            "t63"."employed",
                                            "t63"."handover_date",
                                            "t63"."expected_absence_weeks",
                                            "t63"."work_obligation",
                                            "t63"."municipality",
                                            "t63"."early_followup_request_date",
                                            "t63"."education_order",
                                            CASE
                                              WHEN MAX("t63"."_end") OVER (
                                                PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t61" AS "t62"
                                            WHERE
                                              "t62"."_acc"
                                          ) AS "t63"
                                        ) AS "t65"
                                      ) AS "t67"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t69"
                                  ) AS "t70"
                                ) AS "t71"
                              ) AS "t73"
                                ON "t88"."person_id" = "t73"."_ipid"
                                AND "t88"."benefit" = "t73"."_ibenefit"
                                AND "t88"."start_date" = "t73"."_istart"
                                AND "t73"."_cum" < "t88"."_needed"
                                AND (
                                  (
                                    "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                    ) >= "t88"."_needed"
                                  )
                                )
                            ) AS "t89"
                          ) AS "t90"
                        ) AS "t91"
                      ) AS "t96"
                        ON "t106"."person_id" = "t96"."person_id"
                        AND "t106"."benefit" = "t96"."benefit"
                        AND "t106"."start_date" = "t96"."start_date"
                    ) AS "t108"
                  ) AS "t110"
                  WHERE
                    "t110"."_rank" < "t110"."_n"
                ) AS "t112"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t114"
            ) AS "t116"
          ) AS "t119"
            ON "t92"."person_id" = "t119"."person_id"
            AND "t92"."benefit" = "t119"."benefit"
            AND "t92"."start_date" = "t119"."start_date"
        ) AS "t122"
      ) AS "t124"
      LEFT OUTER JOIN (
        SELECT
          "t117"."person_id",
          "t117"."benefit",
          "t117"."start_date",
          "t117"."nth_date" AS "joint_date",
          "t117"."in_window" AS "joint_in_window"
        FROM (
          SELECT
            "t115".*
            EXCLUDE ("_need")
          FROM (
            SELECT
              "t113"."person_id",
              "t113"."benefit",
              "t113"."start_date",
              CASE
                WHEN "t113"."counted" >= "t113"."_need"
                THEN "t113"."nth_date"
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              "t113"."counted",
              "t113"."in_window",
              "t113"."listed",
              "t113"."_need"
            FROM (
              SELECT
                "t111"."person_id",
                "t111"."benefit",
                "t111"."start_date",
                MAX("t111"."date") AS "nth_date",
                COUNT(*) AS "counted",
                SUM(CAST("t111"."date" <= "t111"."_due" AS INT)) AS "in_window",
                LISTAGG("t111"."description", ', ' ORDER BY "t111"."date" ASC) AS "listed",
                MAX("t111"."_n") AS "_need"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t107"."person_id",
                    "t107"."benefit",
                    "t107"."start_date",
                    "t107"."date",
                    "t107"."description",
                    "t107"."_n",
                    "t107"."_due",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t107"."person_id", "t107"."benefit", "t107"."start_date"
                      ORDER BY "t107"."date" ASC, "t107"."description" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "_rank"
                  FROM (
                    SELECT
                      "t105"."person_id",
                      "t105"."benefit",
                      "t105"."start_date",
                      "t105"."date",
                      "t105"."description",
                      "t95"."_n",
                      "t95"."_due"
                    FROM (
                      SELECT
                        "t101"."person_id",
                        "t101"."benefit",
                        "t101"."start_date",
                        "t101"."date",
                        "t101"."kind" || ' ' || CAST("t101"."date" AS TEXT) || ' (' || "t101"."form" || ', ' || "t101"."held_by" || ')' AS "description"
                      FROM (
                        SELECT
                          "t99"."person_id",
                          "t99"."benefit",
                          "t99"."start_date",
                          "t99"."window_start",
                          "t99"."_first",
                          "t99"."_last",
                          "t6"."person_id" AS "person_id_right",
                          "t6"."date",
                          "t6"."kind",
                          "t6"."form",
                          "t6"."held_by",
                          "t6"."status",
                          "t6"."individual",
                          "t6"."caseworker_id",
                          "t6"."purpose"
                        FROM (
                          SELECT
                            "t91"."person_id",
                            "t91"."benefit",
                            "t91"."start_date",
                            "t91"."window_start",
                            "t91"."window_start" AS "_first",
                            COALESCE("t91"."end_date", CAST($as_of AS DATE)) AS "_last"
                          FROM (
                            SELECT
                              "t90".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t89"."person_id",
                                "t89"."benefit",
                                "t89"."start_date",
                                "t89"."end_date",
                                "t89"."first_contact_date",
                                "t89"."target_group",
                                "t89"."first_absence_date",
                                "t89"."sickness_category",
                                "t89"."employed",
                                "t89"."handover_date",
                                "t89"."expected_absence_weeks",
                                "t89"."work_obligation",
                                "t89"."municipality",
                                "t89"."early_followup_request_date",
                                "t89"."education_order",
                                "t89"."periods",
                                "t89"."window_start",
                                "t89"."required",
                                "t89"."required_joint",
                                "t89"."in_force",
                                "t89"."_end_unconfirmed",
                                "t89"."due0",
                                "t89"."exempt_days",
                                "t89"."exempt_now",
                                "t89"."exemption_note",
                                "t89"."due_date",
                                "t89"."_plain",
                                "t89"."_needed",
                                "t89"."_ipid",
                                "t89"."_ibenefit",
                                "t89"."_istart",
                                "t89"."_i_start",
                                "t89"."_i_end",
                                "t89"."_cum",
                                CASE
                                  WHEN "t89"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t89"."_plain"
                                END AS "_count_from"
                              FROM (
                                SELECT
                                  "t88"."person_id",
                                  "t88"."benefit",
                                  "t88"."start_date",
                                  "t88"."end_date",
                                  "t88"."first_contact_date",
                                  "t88"."target_group",
                                  "t88"."first_absence_date",
                                  "t88"."sickness_category",
                                  "t88"."employed",
                                  "t88"."handover_date",
                                  "t88"."expected_absence_weeks",
                                  "t88"."work_obligation",
                                  "t88"."municipality",
                                  "t88"."early_followup_request_date",
                                  "t88"."education_order",
                                  "t88"."periods",
                                  "t88"."window_start",
                                  "t88"."required",
                                  "t88"."required_joint",
                                  "t88"."in_force",
                                  "t88"."_end_unconfirmed",
                                  "t88"."due0",
                                  "t88"."exempt_days",
                                  "t88"."exempt_now",
                                  "t88"."exemption_note",
                                  "t88"."due_date",
                                  "t88"."_plain",
                                  "t88"."_needed",
                                  "t73"."_ipid",
                                  "t73"."_ibenefit",
                                  "t73"."_istart",
                                  "t73"."_i_start",
                                  "t73"."_i_end",
                                  "t73"."_cum"
                                FROM (
                                  SELECT
                                    "t86"."person_id",
                                    "t86"."benefit",
                                    "t86"."start_date",
                                    "t86"."end_date",
                                    "t86"."first_contact_date",
                                    "t86"."target_group",
                                    "t86"."first_absence_date",
                                    "t86"."sickness_category",
                                    "t86"."employed",
                                    "t86"."handover_date",
                                    "t86"."expected_absence_weeks",
                                    "t86"."work_obligation",
                                    "t86"."municipality",
                                    "t86"."early_followup_request_date",
                                    "t86"."education_order",
                                    "t86"."periods",
                                    "t86"."window_start",
                                    "t86"."required",
                                    "t86"."required_joint",
                                    "t86"."in_force",
                                    "t86"."_end_unconfirmed",
                                    "t86"."due0",
                                    COALESCE("t86"."exempt_days", 0) AS "exempt_days",
                                    COALESCE("t86"."exempt_now", FALSE) AS "exempt_now",
                                    COALESCE("t86"."exemption_note", '') AS "exemption_note",
                                    CAST(CAST("t86"."due0" + TO_DAYS(
                                      CASE
                                        WHEN COALESCE(
                                          CASE
                                            WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN TRUE
                                            ELSE CAST(NULL AS BOOLEAN)
                                          END,
                                          FALSE
                                        )
                                        THEN COALESCE("t86"."exempt_days", 0)
                                        ELSE 0
                                      END
                                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                                    CAST(CAST("t86"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t86"."window_start",
                                      CAST(CAST("t86"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t85".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                    FROM (
                                      SELECT
                                        "t79"."person_id",
                                        "t79"."benefit",
                                        "t79"."start_date",
                                        "t79"."end_date",
                                        "t79"."first_contact_date",
                                        "t79"."target_group",
                                        "t79"."first_absence_date",
                                        "t79"."sickness_category",
                                        "t79"."employed",
                                        "t79"."handover_date",
                                        "t79"."expected_absence_weeks",
                                        "t79"."work_obligation",
                                        "t79"."municipality",
                                        "t79"."early_followup_request_date",
                                        "t79"."education_order",
                                        "t79"."periods",
                                        "t79"."window_start",
                                        "t79"."required",
                                        "t79"."required_joint",
                                        "t79"."in_force",
                                        "t79"."_end_unconfirmed",
                                        "t79"."due0",
                                        "t84"."person_id" AS "person_id_right",
                                        "t84"."benefit" AS "benefit_right",
                                        "t84"."start_date" AS "start_date_right",
                                        "t84"."exempt_days",
                                        "t84"."exempt_now",
                                        "t84"."exemption_note"
                                      FROM (
                                        SELECT
                                          "t77".*
                                          EXCLUDE ("_point")
                                        FROM (
                                          SELECT
                                            "t76"."person_id",
                                            "t76"."benefit",
                                            "t76"."start_date",
                                            "t76"."end_date",
                                            "t76"."first_contact_date",
                                            "t76"."target_group",
                                            "t76"."first_absence_date",
                                            "t76"."sickness_category",
                                            "t76"."employed",
                                            "t76"."handover_date",
                                            "t76"."expected_absence_weeks",
                                            "t76"."work_obligation",
                                            "t76"."municipality",
                                            "t76"."early_followup_request_date",
                                            "t76"."education_order",
                                            "t76"."periods",
                                            "t76"."window_start",
                                            "t76"."required",
                                            "t76"."required_joint",
                                            "t76"."in_force",
                                            "t76"."_end_unconfirmed",
                                            "t76"."_point",
                                            CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t75".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                            FROM (
                                              SELECT
                                                "t74"."person_id",
                                                "t74"."benefit",
                                                "t74"."start_date",
                                                "t74"."end_date",
                                                "t74"."first_contact_date",
                                                "t74"."target_group",
                                                "t74"."first_absence_date",
                                                "t74"."sickness_category",
                                                "t74"."employed",
                                                "t74"."handover_date",
                                                "t74"."expected_absence_weeks",
                                                "t74"."work_obligation",
                                                "t74"."municipality",
                                                "t74"."early_followup_request_date",
                                                "t74"."education_order",
                                                "t74"."periods",
                                                "t74"."window_start",
                                                "t74"."required",
                                                "t74"."required_joint",
                                                "t74"."in_force",
                                                "t74"."_end_unconfirmed",
                                                "t74"."_plain",
                                                "t74"."_needed",
                                                "t74"."_ipid",
                                                "t74"."_ibenefit",
                                                "t74"."_istart",
                                                "t74"."_i_start",
                                                "t74"."_i_end",
                                                "t74"."_cum",
                                                CASE
                                                  WHEN "t74"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t74"."_plain"
                                                END AS "_point"
                                              FROM (
                                                SELECT
                                                  "t68"."person_id",
                                                  "t68"."benefit",
                                                  "t68"."start_date",
                                                  "t68"."end_date",
                                                  "t68"."first_contact_date",
                                                  "t68"."target_group",
                                                  "t68"."first_absence_date",
                                                  "t68"."sickness_category",
                                                  "t68"."employed",
                                                  "t68"."handover_date",
                                                  "t68"."expected_absence_weeks",
                                                  "t68"."work_obligation",
                                                  "t68"."municipality",
                                                  "t68"."early_followup_request_date",
                                                  "t68"."education_order",
                                                  "t68"."periods",
                                                  "t68"."window_start",
                                                  "t68"."required",
                                                  "t68"."required_joint",
                                                  "t68"."in_force",
                                                  "t68"."_end_unconfirmed",
                                                  "t68"."_plain",
                                                  "t68"."_needed",
                                                  "t73"."_ipid",
                                                  "t73"."_ibenefit",
                                                  "t73"."_istart",
                                                  "t73"."_i_start",
                                                  "t73"."_i_end",
                                                  "t73"."_cum"
                                                FROM (
                                                  SELECT
                                                    "t64"."person_id",
                                                    "t64"."benefit",
                                                    "t64"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t64"."_end"
                                                    END AS "end_date",
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
                                                    "t64"."periods",
                                                    "t64"."_key" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t64"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t64"."_key" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t64"."_key",
                                                      CAST(CAST("t64"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
                                                  FROM (
                                                    SELECT
                                                      "t62"."person_id",
                                                      "t62"."benefit",
                                                      "t62"."_key",
                                                      MAX("t62"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                      FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                      FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                      FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                      FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                      FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                      FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                      FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                      FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                      MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t61" AS "t62"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t64"
                                                  WHERE
                                                    "t64"."benefit" IN ('dagpenge')
                                                ) AS "t68"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t71"."person_id" AS "_ipid",
                                                    "t71"."benefit" AS "_ibenefit",
                                                    "t71"."start_date" AS "_istart",
                                                    "t71"."i_start" AS "_i_start",
                                                    "t71"."i_end" AS "_i_end",
                                                    "t71"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t70"."person_id",
                                                      "t70"."benefit",
                                                      "t70"."_key" AS "start_date",
                                                      "t70"."i_start",
                                                      "t70"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t70"."_len") OVER (
                                                          PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                          ORDER BY "t70"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t69"."person_id",
                                                        "t69"."benefit",
                                                        "t69"."_key",
                                                        "t69"."_island",
                                                        "t69"."i_start",
                                                        "t69"."i_end",
                                                        CASE
                                                          WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t67"."person_id",
                                                          "t67"."benefit",
                                                          "t67"."_key",
                                                          "t67"."_island",
                                                          MIN("t67"."start_date") AS "i_start",
                                                          MAX("t67"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."start_date",
                                                            "t65"."_end",
                                                            "t65"."_key",
                                                            "t65"."_acc",
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
                                                            "t65"."_new",
                                                            SUM("t65"."_new") OVER (
                                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
                                                          FROM (
                                                            SELECT
                                                              "t63"."person_id",
                                                              "t63"."benefit",
                                                              "t63"."start_date",
                                                              "t63"."_end",
                                                              "t63"."_key",
                                                              "t63"."_acc",
                                                              "t63"."first_contact_date",
                                                              "t63"."target_group",
                                                              "t63"."first_absence_date",
                                                              "t63"."sickness_category",
                                                              "t63"."employed",
                                                              "t63"."handover_date",
                                                              "t63"."expected_absence_weeks",
                                                              "t63"."work_obligation",
                                                              "t63"."municipality",
                                                              "t63"."early_followup_request_date",
                                                              "t63"."education_order",
                                                              CASE
                                                                WHEN MAX("t63"."_end") OVER (
                                                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t61" AS "t62"
                                                              WHERE
                                                                "t62"."_acc"
                                                            ) AS "t63"
                                                          ) AS "t65"
                                                        ) AS "t67"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t69"
                                                    ) AS "t70"
                                                  ) AS "t71"
                                                ) AS "t73"
                                                  ON "t68"."person_id" = "t73"."_ipid"
                                                  AND "t68"."benefit" = "t73"."_ibenefit"
                                                  AND "t68"."start_date" = "t73"."_istart"
                                                  AND "t73"."_cum" < "t68"."_needed"
                                                  AND (
                                                    (
                                                      "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                      ) >= "t68"."_needed"
                                                    )
                                                  )
                                              ) AS "t74"
                                            ) AS "t75"
                                          ) AS "t76"
                                        ) AS "t77"
                                      ) AS "t79"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t82"."person_id",
                                          "t82"."benefit",
                                          "t82"."start_date",
                                          CAST(SUM(
                                            DATE_DIFF(
                                              'DAY',
                                              GREATEST("t82"."_ex_start", "t82"."_from"),
                                              LEAST("t82"."_ex_end", "t82"."_to")
                                            ) + 1
                                          ) AS INT) AS "exempt_days",
                                          BOOL_OR(
                                            CAST((
                                              "t82"."_ex_start" <= CAST($as_of AS DATE)
                                            )
                                            AND (
                                              "t82"."_ex_end" >= CAST($as_of AS DATE)
                                            ) AS BOOLEAN)
                                          ) AS "exempt_now",
                                          LISTAGG(
                                            
                                              'fritaget ' || CAST("t82"."_ex_start" AS TEXT) || '–' || CAST("t82"."_ex_end" AS TEXT) || ' (' || "t82"."_ex_reason" || ')',
                                              ', ' ORDER BY "t82"."_ex_start" ASC
                                            
                                          ) AS "exemption_note"
                                        FROM (
                                          SELECT
                                            "t81"."person_id",
                                            "t81"."benefit",
                                            "t81"."start_date",
                                            "t81"."_from",
                                            "t81"."_to",
                                            "t8"."_pid",
                                            "t8"."_ex_start",
                                            "t8"."_ex_end",
                                            "t8"."_ex_reason"
                                          FROM (
                                            SELECT
                                              "t78"."person_id",
                                              "t78"."benefit",
                                              "t78"."start_date",
                                              "t78"."window_start" AS "_from",
                                              "t78"."due0" AS "_to"
                                            FROM (
                                              SELECT
                                                "t77".*
                                                EXCLUDE ("_point")
                                              FROM (
                                                SELECT
                                                  "t76"."person_id",
                                                  "t76"."benefit",
                                                  "t76"."start_date",
                                                  "t76"."end_date",
                                                  "t76"."first_contact_date",
                                                  "t76"."target_group",
                                                  "t76"."first_absence_date",
                                                  "t76"."sickness_category",
                                                  "t76"."employed",
                                                  "t76"."handover_date",
                                                  "t76"."expected_absence_weeks",
                                                  "t76"."work_obligation",
                                                  "t76"."municipality",
                                                  "t76"."early_followup_request_date",
                                                  "t76"."education_order",
                                                  "t76"."periods",
                                                  "t76"."window_start",
                                                  "t76"."required",
                                                  "t76"."required_joint",
                                                  "t76"."in_force",
                                                  "t76"."_end_unconfirmed",
                                                  "t76"."_point",
                                                  CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                FROM (
                                                  SELECT
                                                    "t75".*
                                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                  FROM (
                                                    SELECT
                                                      "t74"."person_id",
                                                      "t74"."benefit",
                                                      "t74"."start_date",
                                                      "t74"."end_date",
                                                      "t74"."first_contact_date",
                                                      "t74"."target_group",
                                                      "t74"."first_absence_date",
                                                      "t74"."sickness_category",
                                                      "t74"."employed",
                                                      "t74"."handover_date",
                                                      "t74"."expected_absence_weeks",
                                                      "t74"."work_obligation",
                                                      "t74"."municipality",
                                                      "t74"."early_followup_request_date",
                                                      "t74"."education_order",
                                                      "t74"."periods",
                                                      "t74"."window_start",
                                                      "t74"."required",
                                                      "t74"."required_joint",
                                                      "t74"."in_force",
                                                      "t74"."_end_unconfirmed",
                                                      "t74"."_plain",
                                                      "t74"."_needed",
                                                      "t74"."_ipid",
                                                      "t74"."_ibenefit",
                                                      "t74"."_istart",
                                                      "t74"."_i_start",
                                                      "t74"."_i_end",
                                                      "t74"."_cum",
                                                      CASE
                                                        WHEN "t74"."_i_start" IS NOT NULL
                                                        THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                        ELSE "t74"."_plain"
                                                      END AS "_point"
                                                    FROM (
                                                      SELECT
                                                        "t68"."person_id",
                                                        "t68"."benefit",
                                                        "t68"."start_date",
                                                        "t68"."end_date",
                                                        "t68"."first_contact_date",
                                                        "t68"."target_group",
                                                        "t68"."first_absence_date",
                                                        "t68"."sickness_category",
                                                        "t68"."employed",
                                                        "t68"."handover_date",
                                                        "t68"."expected_absence_weeks",
                                                        "t68"."work_obligation",
                                                        "t68"."municipality",
                                                        "t68"."early_followup_request_date",
                                                        "t68"."education_order",
                                                        "t68"."periods",
                                                        "t68"."window_start",
                                                        "t68"."required",
                                                        "t68"."required_joint",
                                                        "t68"."in_force",
                                                        "t68"."_end_unconfirmed",
                                                        "t68"."_plain",
                                                        "t68"."_needed",
                                                        "t73"."_ipid",
                                                        "t73"."_ibenefit",
                                                        "t73"."_istart",
                                                        "t73"."_i_start",
                                                        "t73"."_i_end",
                                                        "t73"."_cum"
                                                      FROM (
                                                        SELECT
                                                          "t64"."person_id",
                                                          "t64"."benefit",
                                                          "t64"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t64"."_end"
                                                          END AS "end_date",
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
                                                          "t64"."periods",
                                                          "t64"."_key" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t64"."benefit"
                                                              )
                                                              OR ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                              ),
                                                              FALSE
                                                            ),
                                                            FALSE
                                                          ) AS "_end_unconfirmed",
                                                          CAST(CAST("t64"."_key" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t64"."_key",
                                                            CAST(CAST("t64"."_key" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
                                                        FROM (
                                                          SELECT
                                                            "t62"."person_id",
                                                            "t62"."benefit",
                                                            "t62"."_key",
                                                            MAX("t62"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                            FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                            FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                            FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                            FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                            FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                            FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                            FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                            MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t61" AS "t62"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t64"
                                                        WHERE
                                                          "t64"."benefit" IN ('dagpenge')
                                                      ) AS "t68"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t71"."person_id" AS "_ipid",
                                                          "t71"."benefit" AS "_ibenefit",
                                                          "t71"."start_date" AS "_istart",
                                                          "t71"."i_start" AS "_i_start",
                                                          "t71"."i_end" AS "_i_end",
                                                          "t71"."cum_before" AS "_cum"
                                                        FROM (
                                                          SELECT
                                                            "t70"."person_id",
                                                            "t70"."benefit",
                                                            "t70"."_key" AS "start_date",
                                                            "t70"."i_start",
                                                            "t70"."i_end",
                                                            CAST(COALESCE(
                                                              SUM("t70"."_len") OVER (
                                                                PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                                ORDER BY "t70"."i_start" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ),
                                                              0
                                                            ) AS INT) AS "cum_before"
                                                          FROM (
                                                            SELECT
                                                              "t69"."person_id",
                                                              "t69"."benefit",
                                                              "t69"."_key",
                                                              "t69"."_island",
                                                              "t69"."i_start",
                                                              "t69"."i_end",
                                                              CASE
                                                                WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN 0
                                                                ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                              END AS "_len"
                                                            FROM (
                                                              SELECT
                                                                "t67"."person_id",
                                                                "t67"."benefit",
                                                                "t67"."_key",
                                                                "t67"."_island",
                                                                MIN("t67"."start_date") AS "i_start",
                                                                MAX("t67"."_end") AS "i_end"
                                                              FROM (
                                                                SELECT
                                                                  "t65"."person_id",
                                                                  "t65"."benefit",
                                                                  "t65"."start_date",
                                                                  "t65"."_end",
                                                                  "t65"."_key",
                                                                  "t65"."_acc",
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
                                                                  "t65"."_new",
                                                                  SUM("t65"."_new") OVER (
                                                                    PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                    ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                  ) AS "_island"
                                                                FROM (
                                                                  SELECT
                                                                    "t63"."person_id",
                                                                    "t63"."benefit",
                                                                    "t63"."start_date",
                                                                    "t63"."_end",
                                                                    "t63"."_key",
                                                                    "t63"."_acc",
                                                                    "t63"."first_contact_date",
                                                                    "t63"."target_group",
                                                                    "t63"."first_absence_date",
                                                                    "t63"."sickness_category",
                                                                    "t63"."employed",
                                                                    "t63"."handover_date",
                                                                    "t63"."expected_absence_weeks",
                                                                    "t63"."work_obligation",
                                                                    "t63"."municipality",
                                                                    "t63"."early_followup_request_date",
                                                                    "t63"."education_order",
                                                                    CASE
                                                                      WHEN MAX("t63"."_end") OVER (
                                                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                      ) IS NULL
                                                                      THEN 1
                                                                      WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                        PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                        ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                      THEN 1
                                                                      ELSE 0
                                                                    END AS "_new"
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM "t61" AS "t62"
                                                                    WHERE
                                                                      "t62"."_acc"
                                                                  ) AS "t63"
                                                                ) AS "t65"
                                                              ) AS "t67"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3,
                                                                4
                                                            ) AS "t69"
                                                          ) AS "t70"
                                                        ) AS "t71"
                                                      ) AS "t73"
                                                        ON "t68"."person_id" = "t73"."_ipid"
                                                        AND "t68"."benefit" = "t73"."_ibenefit"
                                                        AND "t68"."start_date" = "t73"."_istart"
                                                        AND "t73"."_cum" < "t68"."_needed"
                                                        AND (
                                                          (
                                                            "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                          )
                                                          OR (
                                                            (
                                                              "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                            ) >= "t68"."_needed"
                                                          )
                                                        )
                                                    ) AS "t74"
                                                  ) AS "t75"
                                                ) AS "t76"
                                              ) AS "t77"
                                            ) AS "t78"
                                          ) AS "t81"
                                          INNER JOIN (
                                            SELECT
                                              "t1"."person_id" AS "_pid",
                                              "t1"."start_date" AS "_ex_start",
                                              "t1"."end_date" AS "_ex_end",
                                              "t1"."reason" AS "_ex_reason"
                                            FROM "exemptions" AS "t1"
                                            WHERE
                                              "t1"."start_date" <= CAST($as_of AS DATE)
                                          ) AS "t8"
                                            ON "t81"."person_id" = "t8"."_pid"
                                            AND "t8"."_ex_start" <= "t81"."_to"
                                            AND "t8"."_ex_end" >= "t81"."_from"
                                        ) AS "t82"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t84"
                                        ON "t79"."person_id" = "t84"."person_id"
                                        AND "t79"."benefit" = "t84"."benefit"
                                        AND "t79"."start_date" = "t84"."start_date"
                                    ) AS "t85"
                                  ) AS "t86"
                                ) AS "t88"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t71"."person_id" AS "_ipid",
                                    "t71"."benefit" AS "_ibenefit",
                                    "t71"."start_date" AS "_istart",
                                    "t71"."i_start" AS "_i_start",
                                    "t71"."i_end" AS "_i_end",
                                    "t71"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."_key" AS "start_date",
                                      "t70"."i_start",
                                      "t70"."i_end",
                                      CAST(COALESCE(
                                        SUM("t70"."_len") OVER (
                                          PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                          ORDER BY "t70"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t69"."person_id",
                                        "t69"."benefit",
                                        "t69"."_key",
                                        "t69"."_island",
                                        "t69"."i_start",
                                        "t69"."i_end",
                                        CASE
                                          WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t67"."person_id",
                                          "t67"."benefit",
                                          "t67"."_key",
                                          "t67"."_island",
                                          MIN("t67"."start_date") AS "i_start",
                                          MAX("t67"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."start_date",
                                            "t65"."_end",
                                            "t65"."_key",
                                            "t65"."_acc",
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
                                            "t65"."_new",
                                            SUM("t65"."_new") OVER (
                                              PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                              ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."start_date",
                                              "t63"."_end",
                                              "t63"."_key",
                                              "t63"."_acc",
                                              "t63"."first_contact_date",
                                              "t63"."target_group",
                                              "t63"."first_absence_date",
                                              "t63"."sickness_category",
                                              "t63"."employed",
                                              "t63"."handover_date",
                                              "t63"."expected_absence_weeks",
                                              "t63"."work_obligation",
                                              "t63"."municipality",
                                              "t63"."early_followup_request_date",
                                              "t63"."education_order",
                                              CASE
                                                WHEN MAX("t63"."_end") OVER (
                                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                  PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                  ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t61" AS "t62"
                                              WHERE
                                                "t62"."_acc"
                                            ) AS "t63"
                                          ) AS "t65"
                                        ) AS "t67"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t69"
                                    ) AS "t70"
                                  ) AS "t71"
                                ) AS "t73"
                                  ON "t88"."person_id" = "t73"."_ipid"
                                  AND "t88"."benefit" = "t73"."_ibenefit"
                                  AND "t88"."start_date" = "t73"."_istart"
                                  AND "t73"."_cum" < "t88"."_needed"
                                  AND (
                                    (
                                      "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                      ) >= "t88"."_needed"
                                    )
                                  )
                              ) AS "t89"
                            ) AS "t90"
                          ) AS "t91"
                        ) AS "t99"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "conversations" AS "t0"
                          WHERE
                            "t0"."status" = 'afholdt'
                            AND COALESCE("t0"."individual", TRUE)
                            AND "t0"."date" <= CAST($as_of AS DATE)
                            AND "t0"."kind" IN ('faellessamtale')
                        ) AS "t6"
                          ON "t99"."person_id" = "t6"."person_id"
                          AND "t6"."date" >= "t99"."_first"
                          AND "t6"."date" <= "t99"."_last"
                      ) AS "t101"
                      WHERE
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobcenter', 'anden_aktoer']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t101"."held_by"
                          ),
                          FALSE
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t101"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['personligt', 'telefon', 'video']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t101"."form"
                          ),
                          FALSE
                        )
                    ) AS "t105"
                    INNER JOIN (
                      SELECT
                        "t91"."person_id",
                        "t91"."benefit",
                        "t91"."start_date",
                        "t91"."required_joint" AS "_n",
                        "t91"."due_date" AS "_due"
                      FROM (
                        SELECT
                          "t90".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t89"."person_id",
                            "t89"."benefit",
                            "t89"."start_date",
                            "t89"."end_date",
                            "t89"."first_contact_date",
                            "t89"."target_group",
                            "t89"."first_absence_date",
                            "t89"."sickness_category",
                            "t89"."employed",
                            "t89"."handover_date",
                            "t89"."expected_absence_weeks",
                            "t89"."work_obligation",
                            "t89"."municipality",
                            "t89"."early_followup_request_date",
                            "t89"."education_order",
                            "t89"."periods",
                            "t89"."window_start",
                            "t89"."required",
                            "t89"."required_joint",
                            "t89"."in_force",
                            "t89"."_end_unconfirmed",
                            "t89"."due0",
                            "t89"."exempt_days",
                            "t89"."exempt_now",
                            "t89"."exemption_note",
                            "t89"."due_date",
                            "t89"."_plain",
                            "t89"."_needed",
                            "t89"."_ipid",
                            "t89"."_ibenefit",
                            "t89"."_istart",
                            "t89"."_i_start",
                            "t89"."_i_end",
                            "t89"."_cum",
                            CASE
                              WHEN "t89"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t89"."_i_start" + TO_DAYS(CAST("t89"."_needed" - "t89"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t89"."_plain"
                            END AS "_count_from"
                          FROM (
                            SELECT
                              "t88"."person_id",
                              "t88"."benefit",
                              "t88"."start_date",
                              "t88"."end_date",
                              "t88"."first_contact_date",
                              "t88"."target_group",
                              "t88"."first_absence_date",
                              "t88"."sickness_category",
                              "t88"."employed",
                              "t88"."handover_date",
                              "t88"."expected_absence_weeks",
                              "t88"."work_obligation",
                              "t88"."municipality",
                              "t88"."early_followup_request_date",
                              "t88"."education_order",
                              "t88"."periods",
                              "t88"."window_start",
                              "t88"."required",
                              "t88"."required_joint",
                              "t88"."in_force",
                              "t88"."_end_unconfirmed",
                              "t88"."due0",
                              "t88"."exempt_days",
                              "t88"."exempt_now",
                              "t88"."exemption_note",
                              "t88"."due_date",
                              "t88"."_plain",
                              "t88"."_needed",
                              "t73"."_ipid",
                              "t73"."_ibenefit",
                              "t73"."_istart",
                              "t73"."_i_start",
                              "t73"."_i_end",
                              "t73"."_cum"
                            FROM (
                              SELECT
                                "t86"."person_id",
                                "t86"."benefit",
                                "t86"."start_date",
                                "t86"."end_date",
                                "t86"."first_contact_date",
                                "t86"."target_group",
                                "t86"."first_absence_date",
                                "t86"."sickness_category",
                                "t86"."employed",
                                "t86"."handover_date",
                                "t86"."expected_absence_weeks",
                                "t86"."work_obligation",
                                "t86"."municipality",
                                "t86"."early_followup_request_date",
                                "t86"."education_order",
                                "t86"."periods",
                                "t86"."window_start",
                                "t86"."required",
                                "t86"."required_joint",
                                "t86"."in_force",
                                "t86"."_end_unconfirmed",
                                "t86"."due0",
                                COALESCE("t86"."exempt_days", 0) AS "exempt_days",
                                COALESCE("t86"."exempt_now", FALSE) AS "exempt_now",
                                COALESCE("t86"."exemption_note", '') AS "exemption_note",
                                CAST(CAST("t86"."due0" + TO_DAYS(
                                  CASE
                                    WHEN COALESCE(
                                      CASE
                                        WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN TRUE
                                        ELSE CAST(NULL AS BOOLEAN)
                                      END,
                                      FALSE
                                    )
                                    THEN COALESCE("t86"."exempt_days", 0)
                                    ELSE 0
                                  END
                                ) AS TIMESTAMP) AS DATE) AS "due_date",
                                CAST(CAST("t86"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t86"."window_start",
                                  CAST(CAST("t86"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t86"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t86"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t85".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                FROM (
                                  SELECT
                                    "t79"."person_id",
                                    "t79"."benefit",
                                    "t79"."start_date",
                                    "t79"."end_date",
                                    "t79"."first_contact_date",
                                    "t79"."target_group",
                                    "t79"."first_absence_date",
                                    "t79"."sickness_category",
                                    "t79"."employed",
                                    "t79"."handover_date",
                                    "t79"."expected_absence_weeks",
                                    "t79"."work_obligation",
                                    "t79"."municipality",
                                    "t79"."early_followup_request_date",
                                    "t79"."education_order",
                                    "t79"."periods",
                                    "t79"."window_start",
                                    "t79"."required",
                                    "t79"."required_joint",
                                    "t79"."in_force",
                                    "t79"."_end_unconfirmed",
                                    "t79"."due0",
                                    "t84"."person_id" AS "person_id_right",
                                    "t84"."benefit" AS "benefit_right",
                                    "t84"."start_date" AS "start_date_right",
                                    "t84"."exempt_days",
                                    "t84"."exempt_now",
                                    "t84"."exemption_note"
                                  FROM (
                                    SELECT
                                      "t77".*
                                      EXCLUDE ("_point")
                                    FROM (
                                      SELECT
                                        "t76"."person_id",
                                        "t76"."benefit",
                                        "t76"."start_date",
                                        "t76"."end_date",
                                        "t76"."first_contact_date",
                                        "t76"."target_group",
                                        "t76"."first_absence_date",
                                        "t76"."sickness_category",
                                        "t76"."employed",
                                        "t76"."handover_date",
                                        "t76"."expected_absence_weeks",
                                        "t76"."work_obligation",
                                        "t76"."municipality",
                                        "t76"."early_followup_request_date",
                                        "t76"."education_order",
                                        "t76"."periods",
                                        "t76"."window_start",
                                        "t76"."required",
                                        "t76"."required_joint",
                                        "t76"."in_force",
                                        "t76"."_end_unconfirmed",
                                        "t76"."_point",
                                        CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t75".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                        FROM (
                                          SELECT
                                            "t74"."person_id",
                                            "t74"."benefit",
                                            "t74"."start_date",
                                            "t74"."end_date",
                                            "t74"."first_contact_date",
                                            "t74"."target_group",
                                            "t74"."first_absence_date",
                                            "t74"."sickness_category",
                                            "t74"."employed",
                                            "t74"."handover_date",
                                            "t74"."expected_absence_weeks",
                                            "t74"."work_obligation",
                                            "t74"."municipality",
                                            "t74"."early_followup_request_date",
                                            "t74"."education_order",
                                            "t74"."periods",
                                            "t74"."window_start",
                                            "t74"."required",
                                            "t74"."required_joint",
                                            "t74"."in_force",
                                            "t74"."_end_unconfirmed",
                                            "t74"."_plain",
                                            "t74"."_needed",
                                            "t74"."_ipid",
                                            "t74"."_ibenefit",
                                            "t74"."_istart",
                                            "t74"."_i_start",
                                            "t74"."_i_end",
                                            "t74"."_cum",
                                            CASE
                                              WHEN "t74"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t74"."_plain"
                                            END AS "_point"
                                          FROM (
                                            SELECT
                                              "t68"."person_id",
                                              "t68"."benefit",
                                              "t68"."start_date",
                                              "t68"."end_date",
                                              "t68"."first_contact_date",
                                              "t68"."target_group",
                                              "t68"."first_absence_date",
                                              "t68"."sickness_category",
                                              "t68"."employed",
                                              "t68"."handover_date",
                                              "t68"."expected_absence_weeks",
                                              "t68"."work_obligation",
                                              "t68"."municipality",
                                              "t68"."early_followup_request_date",
                                              "t68"."education_order",
                                              "t68"."periods",
                                              "t68"."window_start",
                                              "t68"."required",
                                              "t68"."required_joint",
                                              "t68"."in_force",
                                              "t68"."_end_unconfirmed",
                                              "t68"."_plain",
                                              "t68"."_needed",
                                              "t73"."_ipid",
                                              "t73"."_ibenefit",
                                              "t73"."_istart",
                                              "t73"."_i_start",
                                              "t73"."_i_end",
                                              "t73"."_cum"
                                            FROM (
                                              SELECT
                                                "t64"."person_id",
                                                "t64"."benefit",
                                                "t64"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t64"."_end"
                                                END AS "end_date",
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
                                                "t64"."periods",
                                                "t64"."_key" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t64"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t64"."_key" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t64"."_key",
                                                  CAST(CAST("t64"."_key" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
                                              FROM (
                                                SELECT
                                                  "t62"."person_id",
                                                  "t62"."benefit",
                                                  "t62"."_key",
                                                  MAX("t62"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                  FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                  FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                  FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                  FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                  FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                  FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                  FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                  FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                  MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t61" AS "t62"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t64"
                                              WHERE
                                                "t64"."benefit" IN ('dagpenge')
                                            ) AS "t68"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t71"."person_id" AS "_ipid",
                                                "t71"."benefit" AS "_ibenefit",
                                                "t71"."start_date" AS "_istart",
                                                "t71"."i_start" AS "_i_start",
                                                "t71"."i_end" AS "_i_end",
                                                "t71"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t70"."person_id",
                                                  "t70"."benefit",
                                                  "t70"."_key" AS "start_date",
                                                  "t70"."i_start",
                                                  "t70"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t70"."_len") OVER (
                                                      PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                      ORDER BY "t70"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t69"."person_id",
                                                    "t69"."benefit",
                                                    "t69"."_key",
                                                    "t69"."_island",
                                                    "t69"."i_start",
                                                    "t69"."i_end",
                                                    CASE
                                                      WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t67"."person_id",
                                                      "t67"."benefit",
                                                      "t67"."_key",
                                                      "t67"."_island",
                                                      MIN("t67"."start_date") AS "i_start",
                                                      MAX("t67"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t65"."person_id",
                                                        "t65"."benefit",
                                                        "t65"."start_date",
                                                        "t65"."_end",
                                                        "t65"."_key",
                                                        "t65"."_acc",
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
                                                        "t65"."_new",
                                                        SUM("t65"."_new") OVER (
                                                          PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                          ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
                                                      FROM (
                                                        SELECT
                                                          "t63"."person_id",
                                                          "t63"."benefit",
                                                          "t63"."start_date",
                                                          "t63"."_end",
                                                          "t63"."_key",
                                                          "t63"."_acc",
                                                          "t63"."first_contact_date",
                                                          "t63"."target_group",
                                                          "t63"."first_absence_date",
                                                          "t63"."sickness_category",
                                                          "t63"."employed",
                                                          "t63"."handover_date",
                                                          "t63"."expected_absence_weeks",
                                                          "t63"."work_obligation",
                                                          "t63"."municipality",
                                                          "t63"."early_followup_request_date",
                                                          "t63"."education_order",
                                                          CASE
                                                            WHEN MAX("t63"."_end") OVER (
                                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t61" AS "t62"
                                                          WHERE
                                                            "t62"."_acc"
                                                        ) AS "t63"
                                                      ) AS "t65"
                                                    ) AS "t67"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t69"
                                                ) AS "t70"
                                              ) AS "t71"
                                            ) AS "t73"
                                              ON "t68"."person_id" = "t73"."_ipid"
                                              AND "t68"."benefit" = "t73"."_ibenefit"
                                              AND "t68"."start_date" = "t73"."_istart"
                                              AND "t73"."_cum" < "t68"."_needed"
                                              AND (
                                                (
                                                  "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                  ) >= "t68"."_needed"
                                                )
                                              )
                                          ) AS "t74"
                                        ) AS "t75"
                                      ) AS "t76"
                                    ) AS "t77"
                                  ) AS "t79"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t82"."person_id",
                                      "t82"."benefit",
                                      "t82"."start_date",
                                      CAST(SUM(
                                        DATE_DIFF(
                                          'DAY',
                                          GREATEST("t82"."_ex_start", "t82"."_from"),
                                          LEAST("t82"."_ex_end", "t82"."_to")
                                        ) + 1
                                      ) AS INT) AS "exempt_days",
                                      BOOL_OR(
                                        CAST((
                                          "t82"."_ex_start" <= CAST($as_of AS DATE)
                                        )
                                        AND (
                                          "t82"."_ex_end" >= CAST($as_of AS DATE)
                                        ) AS BOOLEAN)
                                      ) AS "exempt_now",
                                      LISTAGG(
                                        
                                          'fritaget ' || CAST("t82"."_ex_start" AS TEXT) || '–' || CAST("t82"."_ex_end" AS TEXT) || ' (' || "t82"."_ex_reason" || ')',
                                          ', ' ORDER BY "t82"."_ex_start" ASC
                                        
                                      ) AS "exemption_note"
                                    FROM (
                                      SELECT
                                        "t81"."person_id",
                                        "t81"."benefit",
                                        "t81"."start_date",
                                        "t81"."_from",
                                        "t81"."_to",
                                        "t8"."_pid",
                                        "t8"."_ex_start",
                                        "t8"."_ex_end",
                                        "t8"."_ex_reason"
                                      FROM (
                                        SELECT
                                          "t78"."person_id",
                                          "t78"."benefit",
                                          "t78"."start_date",
                                          "t78"."window_start" AS "_from",
                                          "t78"."due0" AS "_to"
                                        FROM (
                                          SELECT
                                            "t77".*
                                            EXCLUDE ("_point")
                                          FROM (
                                            SELECT
                                              "t76"."person_id",
                                              "t76"."benefit",
                                              "t76"."start_date",
                                              "t76"."end_date",
                                              "t76"."first_contact_date",
                                              "t76"."target_group",
                                              "t76"."first_absence_date",
                                              "t76"."sickness_category",
                                              "t76"."employed",
                                              "t76"."handover_date",
                                              "t76"."expected_absence_weeks",
                                              "t76"."work_obligation",
                                              "t76"."municipality",
                                              "t76"."early_followup_request_date",
                                              "t76"."education_order",
                                              "t76"."periods",
                                              "t76"."window_start",
                                              "t76"."required",
                                              "t76"."required_joint",
                                              "t76"."in_force",
                                              "t76"."_end_unconfirmed",
                                              "t76"."_point",
                                              CAST(CAST("t76"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t75".*
                                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                              FROM (
                                                SELECT
                                                  "t74"."person_id",
                                                  "t74"."benefit",
                                                  "t74"."start_date",
                                                  "t74"."end_date",
                                                  "t74"."first_contact_date",
                                                  "t74"."target_group",
                                                  "t74"."first_absence_date",
                                                  "t74"."sickness_category",
                                                  "t74"."employed",
                                                  "t74"."handover_date",
                                                  "t74"."expected_absence_weeks",
                                                  "t74"."work_obligation",
                                                  "t74"."municipality",
                                                  "t74"."early_followup_request_date",
                                                  "t74"."education_order",
                                                  "t74"."periods",
                                                  "t74"."window_start",
                                                  "t74"."required",
                                                  "t74"."required_joint",
                                                  "t74"."in_force",
                                                  "t74"."_end_unconfirmed",
                                                  "t74"."_plain",
                                                  "t74"."_needed",
                                                  "t74"."_ipid",
                                                  "t74"."_ibenefit",
                                                  "t74"."_istart",
                                                  "t74"."_i_start",
                                                  "t74"."_i_end",
                                                  "t74"."_cum",
                                                  CASE
                                                    WHEN "t74"."_i_start" IS NOT NULL
                                                    THEN CAST(CAST("t74"."_i_start" + TO_DAYS(CAST("t74"."_needed" - "t74"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                    ELSE "t74"."_plain"
                                                  END AS "_point"
                                                FROM (
                                                  SELECT
                                                    "t68"."person_id",
                                                    "t68"."benefit",
                                                    "t68"."start_date",
                                                    "t68"."end_date",
                                                    "t68"."first_contact_date",
                                                    "t68"."target_group",
                                                    "t68"."first_absence_date",
                                                    "t68"."sickness_category",
                                                    "t68"."employed",
                                                    "t68"."handover_date",
                                                    "t68"."expected_absence_weeks",
                                                    "t68"."work_obligation",
                                                    "t68"."municipality",
                                                    "t68"."early_followup_request_date",
                                                    "t68"."education_order",
                                                    "t68"."periods",
                                                    "t68"."window_start",
                                                    "t68"."required",
                                                    "t68"."required_joint",
                                                    "t68"."in_force",
                                                    "t68"."_end_unconfirmed",
                                                    "t68"."_plain",
                                                    "t68"."_needed",
                                                    "t73"."_ipid",
                                                    "t73"."_ibenefit",
                                                    "t73"."_istart",
                                                    "t73"."_i_start",
                                                    "t73"."_i_end",
                                                    "t73"."_cum"
                                                  FROM (
                                                    SELECT
                                                      "t64"."person_id",
                                                      "t64"."benefit",
                                                      "t64"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t64"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t64"."_end"
                                                      END AS "end_date",
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
                                                      "t64"."periods",
                                                      "t64"."_key" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t64"."_key" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t64"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t64"."_key" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t64"."benefit" || ':' || COALESCE("t64"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t64"."_key" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t64"."_key",
                                                        CAST(CAST("t64"."_key" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE WHEN "t64"."_key" >= MAKE_DATE(2020, 1, 1) THEN 6 ELSE CAST(NULL AS BIGINT) END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
                                                    FROM (
                                                      SELECT
                                                        "t62"."person_id",
                                                        "t62"."benefit",
                                                        "t62"."_key",
                                                        MAX("t62"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t62"."first_contact_date" ORDER BY "t62"."start_date") AS "first_contact_date",
                                                        FIRST("t62"."target_group" ORDER BY "t62"."start_date") AS "target_group",
                                                        FIRST("t62"."first_absence_date" ORDER BY "t62"."start_date") AS "first_absence_date",
                                                        FIRST("t62"."sickness_category" ORDER BY "t62"."start_date") AS "sickness_category",
                                                        FIRST("t62"."employed" ORDER BY "t62"."start_date") AS "employed",
                                                        FIRST("t62"."handover_date" ORDER BY "t62"."start_date") AS "handover_date",
                                                        FIRST("t62"."expected_absence_weeks" ORDER BY "t62"."start_date") AS "expected_absence_weeks",
                                                        FIRST("t62"."work_obligation" ORDER BY "t62"."start_date") AS "work_obligation",
                                                        FIRST("t62"."municipality" ORDER BY "t62"."start_date") AS "municipality",
                                                        MIN("t62"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t62"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t61" AS "t62"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t64"
                                                    WHERE
                                                      "t64"."benefit" IN ('dagpenge')
                                                  ) AS "t68"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t71"."person_id" AS "_ipid",
                                                      "t71"."benefit" AS "_ibenefit",
                                                      "t71"."start_date" AS "_istart",
                                                      "t71"."i_start" AS "_i_start",
                                                      "t71"."i_end" AS "_i_end",
                                                      "t71"."cum_before" AS "_cum"
                                                    FROM (
                                                      SELECT
                                                        "t70"."person_id",
                                                        "t70"."benefit",
                                                        "t70"."_key" AS "start_date",
                                                        "t70"."i_start",
                                                        "t70"."i_end",
                                                        CAST(COALESCE(
                                                          SUM("t70"."_len") OVER (
                                                            PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                                            ORDER BY "t70"."i_start" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ),
                                                          0
                                                        ) AS INT) AS "cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t69"."person_id",
                                                          "t69"."benefit",
                                                          "t69"."_key",
                                                          "t69"."_island",
                                                          "t69"."i_start",
                                                          "t69"."i_end",
                                                          CASE
                                                            WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t67"."person_id",
                                                            "t67"."benefit",
                                                            "t67"."_key",
                                                            "t67"."_island",
                                                            MIN("t67"."start_date") AS "i_start",
                                                            MAX("t67"."_end") AS "i_end"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."start_date",
                                                              "t65"."_end",
                                                              "t65"."_key",
                                                              "t65"."_acc",
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
                                                              "t65"."_new",
                                                              SUM("t65"."_new") OVER (
                                                                PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                                                ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ) AS "_island"
                                                            FROM (
                                                              SELECT
                                                                "t63"."person_id",
                                                                "t63"."benefit",
                                                                "t63"."start_date",
                                                                "t63"."_end",
                                                                "t63"."_key",
                                                                "t63"."_acc",
                                                                "t63"."first_contact_date",
                                                                "t63"."target_group",
                                                                "t63"."first_absence_date",
                                                                "t63"."sickness_category",
                                                                "t63"."employed",
                                                                "t63"."handover_date",
                                                                "t63"."expected_absence_weeks",
                                                                "t63"."work_obligation",
                                                                "t63"."municipality",
                                                                "t63"."early_followup_request_date",
                                                                "t63"."education_order",
                                                                CASE
                                                                  WHEN MAX("t63"."_end") OVER (
                                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) IS NULL
                                                                  THEN 1
                                                                  WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                                                    PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                                                    ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                  THEN 1
                                                                  ELSE 0
                                                                END AS "_new"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM "t61" AS "t62"
                                                                WHERE
                                                                  "t62"."_acc"
                                                              ) AS "t63"
                                                            ) AS "t65"
                                                          ) AS "t67"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t69"
                                                      ) AS "t70"
                                                    ) AS "t71"
                                                  ) AS "t73"
                                                    ON "t68"."person_id" = "t73"."_ipid"
                                                    AND "t68"."benefit" = "t73"."_ibenefit"
                                                    AND "t68"."start_date" = "t73"."_istart"
                                                    AND "t73"."_cum" < "t68"."_needed"
                                                    AND (
                                                      (
                                                        "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                                        ) >= "t68"."_needed"
                                                      )
                                                    )
                                                ) AS "t74"
                                              ) AS "t75"
                                            ) AS "t76"
                                          ) AS "t77"
                                        ) AS "t78"
                                      ) AS "t81"
                                      INNER JOIN (
                                        SELECT
                                          "t1"."person_id" AS "_pid",
                                          "t1"."start_date" AS "_ex_start",
                                          "t1"."end_date" AS "_ex_end",
                                          "t1"."reason" AS "_ex_reason"
                                        FROM "exemptions" AS "t1"
                                        WHERE
                                          "t1"."start_date" <= CAST($as_of AS DATE)
                                      ) AS "t8"
                                        ON "t81"."person_id" = "t8"."_pid"
                                        AND "t8"."_ex_start" <= "t81"."_to"
                                        AND "t8"."_ex_end" >= "t81"."_from"
                                    ) AS "t82"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t84"
                                    ON "t79"."person_id" = "t84"."person_id"
                                    AND "t79"."benefit" = "t84"."benefit"
                                    AND "t79"."start_date" = "t84"."start_date"
                                ) AS "t85"
                              ) AS "t86"
                            ) AS "t88"
                            LEFT OUTER JOIN (
                              SELECT
                                "t71"."person_id" AS "_ipid",
                                "t71"."benefit" AS "_ibenefit",
                                "t71"."start_date" AS "_istart",
                                "t71"."i_start" AS "_i_start",
                                "t71"."i_end" AS "_i_end",
                                "t71"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t70"."person_id",
                                  "t70"."benefit",
                                  "t70"."_key" AS "start_date",
                                  "t70"."i_start",
                                  "t70"."i_end",
                                  CAST(COALESCE(
                                    SUM("t70"."_len") OVER (
                                      PARTITION BY "t70"."person_id", "t70"."benefit", "t70"."_key"
                                      ORDER BY "t70"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t69"."person_id",
                                    "t69"."benefit",
                                    "t69"."_key",
                                    "t69"."_island",
                                    "t69"."i_start",
                                    "t69"."i_end",
                                    CASE
                                      WHEN "t69"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t69"."i_start", "t69"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."_key",
                                      "t67"."_island",
                                      MIN("t67"."start_date") AS "i_start",
                                      MAX("t67"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t65"."person_id",
                                        "t65"."benefit",
                                        "t65"."start_date",
                                        "t65"."_end",
                                        "t65"."_key",
                                        "t65"."_acc",
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
                                        "t65"."_new",
                                        SUM("t65"."_new") OVER (
                                          PARTITION BY "t65"."person_id", "t65"."benefit", "t65"."_key"
                                          ORDER BY "t65"."start_date" ASC, "t65"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t63"."person_id",
                                          "t63"."benefit",
                                          "t63"."start_date",
                                          "t63"."_end",
                                          "t63"."_key",
                                          "t63"."_acc",
                                          "t63"."first_contact_date",
                                          "t63"."target_group",
                                          "t63"."first_absence_date",
                                          "t63"."sickness_category",
                                          "t63"."employed",
                                          "t63"."handover_date",
                                          "t63"."expected_absence_weeks",
                                          "t63"."work_obligation",
                                          "t63"."municipality",
                                          "t63"."early_followup_request_date",
                                          "t63"."education_order",
                                          CASE
                                            WHEN MAX("t63"."_end") OVER (
                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t63"."start_date" > CAST(CAST(MAX("t63"."_end") OVER (
                                              PARTITION BY "t63"."person_id", "t63"."benefit", "t63"."_key"
                                              ORDER BY "t63"."start_date" ASC, "t63"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t61" AS "t62"
                                          WHERE
                                            "t62"."_acc"
                                        ) AS "t63"
                                      ) AS "t65"
                                    ) AS "t67"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t69"
                                ) AS "t70"
                              ) AS "t71"
                            ) AS "t73"
                              ON "t88"."person_id" = "t73"."_ipid"
                              AND "t88"."benefit" = "t73"."_ibenefit"
                              AND "t88"."start_date" = "t73"."_istart"
                              AND "t73"."_cum" < "t88"."_needed"
                              AND (
                                (
                                  "t73"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t73"."_cum" + DATE_DIFF('DAY', "t73"."_i_start", "t73"."_i_end") + 1
                                  ) >= "t88"."_needed"
                                )
                              )
                          ) AS "t89"
                        ) AS "t90"
                      ) AS "t91"
                    ) AS "t95"
                      ON "t105"."person_id" = "t95"."person_id"
                      AND "t105"."benefit" = "t95"."benefit"
                      AND "t105"."start_date" = "t95"."start_date"
                  ) AS "t107"
                ) AS "t109"
                WHERE
                  "t109"."_rank" < "t109"."_n"
              ) AS "t111"
              GROUP BY
                1,
                2,
                3
            ) AS "t113"
          ) AS "t115"
        ) AS "t117"
      ) AS "t121"
        ON "t124"."person_id" = "t121"."person_id"
        AND "t124"."benefit" = "t121"."benefit"
        AND "t124"."start_date" = "t121"."start_date"
    ) AS "t125"
  ) AS "t126"
) AS "t127"
