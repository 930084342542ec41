WITH "t15" AS (
  SELECT
    "t14"."person_id",
    "t14"."benefit",
    "t14"."start_date",
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
    "t14"."_end",
    "t14"."_acc",
    "t14"."_switch",
    "t14"."_run",
    "t14"."_new",
    MAX(CASE WHEN "t14"."_new" = 1 THEN "t14"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t14"."person_id"
      ORDER BY "t14"."start_date" ASC, "t14"."benefit" ASC, "t14"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t13"."person_id",
      "t13"."benefit",
      "t13"."start_date",
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
      "t13"."_end",
      "t13"."_acc",
      "t13"."_switch",
      "t13"."_run",
      CASE
        WHEN (
          "t13"."_switch" = 1
        )
        OR (
          (
            MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t13"."start_date" > CAST(CAST(MAX("t13"."_end") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t13"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t13"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t13"."_end") OVER (
                    PARTITION BY "t13"."person_id", "t13"."_run"
                    ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t13"."_end") OVER (
                    PARTITION BY "t13"."person_id", "t13"."_run"
                    ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t13"."_end") OVER (
                      PARTITION BY "t13"."person_id", "t13"."_run"
                      ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t13"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t13"."target_group") OVER (
              PARTITION BY "t13"."person_id", "t13"."_run"
              ORDER BY "t13"."start_date" ASC, "t13"."benefit" ASC, "t13"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || '>' || "t13"."target_group"
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t12"."person_id",
        "t12"."benefit",
        "t12"."start_date",
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
        "t12"."_end",
        "t12"."_acc",
        "t12"."_switch",
        SUM("t12"."_switch") OVER (
          PARTITION BY "t12"."person_id"
          ORDER BY "t12"."start_date" ASC, "t12"."benefit" ASC, "t12"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t11"."person_id",
          "t11"."benefit",
          "t11"."start_date",
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
          "t11"."_end",
          "t11"."_acc",
          CASE
            WHEN LAG("t11"."benefit") OVER (
              PARTITION BY "t11"."person_id"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t11"."benefit") OVER (
              PARTITION BY "t11"."person_id"
              ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t11"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t2"."person_id",
            "t2"."benefit",
            "t2"."start_date",
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
        ) AS "t11"
      ) AS "t12"
    ) AS "t13"
  ) AS "t14"
), "t17" AS (
  SELECT
    *
  FROM "t15" AS "t16"
  WHERE
    "t16"."_acc"
), "t21" AS (
  SELECT
    "t19"."person_id",
    "t19"."benefit",
    MIN("t19"."start_date") AS "c1"
  FROM "t17" AS "t19"
  GROUP BY
    1,
    2
), "t30" AS (
  SELECT
    "t29"."person_id",
    "t29"."benefit",
    "t29"."c1",
    "t29"."c2"
  FROM (
    SELECT
      "t23"."person_id",
      "t23"."benefit",
      "t23"."c1",
      "t28"."person_id" AS "person_id_right",
      "t28"."benefit" AS "benefit_right",
      "t28"."c2"
    FROM "t21" AS "t23"
    LEFT OUTER JOIN (
      SELECT
        "t26"."person_id",
        "t26"."benefit",
        MIN("t26"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."first_contact_date",
            "t20"."target_group",
            "t20"."first_absence_date",
            "t20"."sickness_category",
            "t20"."employed",
            "t20"."handover_date",
            "t20"."expected_absence_weeks",
            "t20"."work_obligation",
            "t20"."municipality",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t24"."c1"
          FROM "t17" AS "t20"
          INNER JOIN "t21" AS "t24"
            ON "t20"."person_id" = "t24"."person_id" AND "t20"."benefit" = "t24"."benefit"
        ) AS "t25"
        WHERE
          "t25"."start_date" >= CAST(CAST("t25"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t25"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t26"
      GROUP BY
        1,
        2
    ) AS "t28"
      ON "t23"."person_id" = "t28"."person_id" AND "t23"."benefit" = "t28"."benefit"
  ) AS "t29"
), "t39" AS (
  SELECT
    "t38"."person_id",
    "t38"."benefit",
    "t38"."c1",
    "t38"."c2",
    "t38"."c3"
  FROM (
    SELECT
      "t32"."person_id",
      "t32"."benefit",
      "t32"."c1",
      "t32"."c2",
      "t37"."person_id" AS "person_id_right",
      "t37"."benefit" AS "benefit_right",
      "t37"."c3"
    FROM "t30" AS "t32"
    LEFT OUTER JOIN (
      SELECT
        "t35"."person_id",
        "t35"."benefit",
        MIN("t35"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."first_contact_date",
            "t20"."target_group",
            "t20"."first_absence_date",
            "t20"."sickness_category",
            "t20"."employed",
            "t20"."handover_date",
            "t20"."expected_absence_weeks",
            "t20"."work_obligation",
            "t20"."municipality",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t33"."c1",
            "t33"."c2"
          FROM "t17" AS "t20"
          INNER JOIN "t30" AS "t33"
            ON "t20"."person_id" = "t33"."person_id" AND "t20"."benefit" = "t33"."benefit"
        ) AS "t34"
        WHERE
          "t34"."start_date" >= CAST(CAST("t34"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t34"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t35"
      GROUP BY
        1,
        2
    ) AS "t37"
      ON "t32"."person_id" = "t37"."person_id" AND "t32"."benefit" = "t37"."benefit"
  ) AS "t38"
), "t62" AS (
  SELECT
    *
  FROM (
    SELECT
      "t16"."person_id",
      "t16"."benefit",
      "t16"."start_date",
      "t16"."_end",
      "t16"."_spell_start" AS "_key",
      "t16"."_acc",
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
      "t16"."education_order"
    FROM "t15" AS "t16"
    WHERE
      NOT (
        "t16"."_acc"
      )
  ) AS "t18"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t60"."person_id",
      "t60"."benefit",
      "t60"."start_date",
      "t60"."_end",
      "t60"."_key",
      "t60"."_acc",
      "t60"."first_contact_date",
      "t60"."target_group",
      "t60"."first_absence_date",
      "t60"."sickness_category",
      "t60"."employed",
      "t60"."handover_date",
      "t60"."expected_absence_weeks",
      "t60"."work_obligation",
      "t60"."municipality",
      "t60"."early_followup_request_date",
      "t60"."education_order"
    FROM (
      SELECT
        "t59".*
        EXCLUDE ("c1", "c2", "c3", "c4", "c5")
      FROM (
        SELECT
          "t58"."person_id",
          "t58"."benefit",
          "t58"."start_date",
          "t58"."first_contact_date",
          "t58"."target_group",
          "t58"."first_absence_date",
          "t58"."sickness_category",
          "t58"."employed",
          "t58"."handover_date",
          "t58"."expected_absence_weeks",
          "t58"."work_obligation",
          "t58"."municipality",
          "t58"."early_followup_request_date",
          "t58"."education_order",
          "t58"."_end",
          "t58"."_acc",
          "t58"."_switch",
          "t58"."_run",
          "t58"."_new",
          "t58"."_spell_start",
          "t58"."c1",
          "t58"."c2",
          "t58"."c3",
          "t58"."c4",
          "t58"."c5",
          GREATEST(
            CASE
              WHEN "t58"."c1" <= "t58"."start_date"
              THEN "t58"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c2" <= "t58"."start_date"
              THEN "t58"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c3" <= "t58"."start_date"
              THEN "t58"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c4" <= "t58"."start_date"
              THEN "t58"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t58"."c5" <= "t58"."start_date"
              THEN "t58"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key"
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."first_contact_date",
            "t20"."target_group",
            "t20"."first_absence_date",
            "t20"."sickness_category",
            "t20"."employed",
            "t20"."handover_date",
            "t20"."expected_absence_weeks",
            "t20"."work_obligation",
            "t20"."municipality",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            "t20"."_run",
            "t20"."_new",
            "t20"."_spell_start",
            "t57"."c1",
            "t57"."c2",
            "t57"."c3",
            "t57"."c4",
            "t57"."c5"
          FROM "t17" AS "t20"
          INNER JOIN (
            SELECT
              "t55".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t49"."person_id",
                "t49"."benefit",
                "t49"."c1",
                "t49"."c2",
                "t49"."c3",
                "t49"."c4",
                "t54"."person_id" AS "person_id_right",
                "t54"."benefit" AS "benefit_right",
                "t54"."c5"
              FROM (
                SELECT
                  "t47".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t41"."person_id",
                    "t41"."benefit",
                    "t41"."c1",
                    "t41"."c2",
                    "t41"."c3",
                    "t46"."person_id" AS "person_id_right",
                    "t46"."benefit" AS "benefit_right",
                    "t46"."c4"
                  FROM "t39" AS "t41"
                  LEFT OUTER JOIN (
                    SELECT
                      "t44"."person_id",
                      "t44"."benefit",
                      MIN("t44"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t20"."person_id",
                          "t20"."benefit",
                          "t20"."start_date",
                          "t20"."first_contact_date",
                          "t20"."target_group",
                          "t20"."first_absence_date",
                          "t20"."sickness_category",
                          "t20"."employed",
                          "t20"."handover_date",
                          "t20"."expected_absence_weeks",
                          "t20"."work_obligation",
                          "t20"."municipality",
                          "t20"."early_followup_request_date",
                          "t20"."education_order",
                          "t20"."_end",
                          "t20"."_acc",
                          "t20"."_switch",
                          "t20"."_run",
                          "t20"."_new",
                          "t20"."_spell_start",
                          "t42"."c1",
                          "t42"."c2",
                          "t42"."c3"
                        FROM "t17" AS "t20"
                        INNER JOIN "t39" AS "t42"
                          ON "t20"."person_id" = "t42"."person_id" AND "t20"."benefit" = "t42"."benefit"
                      ) AS "t43"
                      WHERE
                        "t43"."start_date" >= CAST(CAST("t43"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t43"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t44"
                    GROUP BY
                      1,
                      2
                  ) AS "t46"
                    ON "t41"."person_id" = "t46"."person_id" AND "t41"."benefit" = "t46"."benefit"
                ) AS "t47"
              ) AS "t49"
              LEFT OUTER JOIN (
                SELECT
                  "t52"."person_id",
                  "t52"."benefit",
                  MIN("t52"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t20"."person_id",
                      "t20"."benefit",
                      "t20"."start_date",
                      "t20"."first_contact_date",
                      "t20"."target_group",
                      "t20"."first_absence_date",
                      "t20"."sickness_category",
                      "t20"."employed",
                      "t20"."handover_date",
                      "t20"."expected_absence_weeks",
                      "t20"."work_obligation",
                      "t20"."municipality",
                      "t20"."early_followup_request_date",
                      "t20"."education_order",
                      "t20"."_end",
                      "t20"."_acc",
                      "t20"."_switch",
                      "t20"."_run",
                      "t20"."_new",
                      "t20"."_spell_start",
                      "t50"."c1",
                      "t50"."c2",
                      "t50"."c3",
                      "t50"."c4"
                    FROM "t17" AS "t20"
                    INNER JOIN (
                      SELECT
                        "t47".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t41"."person_id",
                          "t41"."benefit",
                          "t41"."c1",
                          "t41"."c2",
                          "t41"."c3",
                          "t46"."person_id" AS "person_id_right",
                          "t46"."benefit" AS "benefit_right",
                          "t46"."c4"
                        FROM "t39" AS "t41"
                        LEFT OUTER JOIN (
                          SELECT
                            "t44"."person_id",
                            "t44"."benefit",
                            MIN("t44"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t20"."person_id",
                                "t20"."benefit",
                                "t20"."start_date",
                                "t20"."first_contact_date",
                                "t20"."target_group",
                                "t20"."first_absence_date",
                                "t20"."sickness_category",
                                "t20"."employed",
                                "t20"."handover_date",
                                "t20"."expected_absence_weeks",
                                "t20"."work_obligation",
                                "t20"."municipality",
                                "t20"."early_followup_request_date",
                                "t20"."education_order",
                                "t20"."_end",
                                "t20"."_acc",
                                "t20"."_switch",
                                "t20"."_run",
                                "t20"."_new",
                                "t20"."_spell_start",
                                "t42"."c1",
                                "t42"."c2",
                                "t42"."c3"
                              FROM "t17" AS "t20"
                              INNER JOIN "t39" AS "t42"
                                ON "t20"."person_id" = "t42"."person_id" AND "t20"."benefit" = "t42"."benefit"
                            ) AS "t43"
                            WHERE
                              "t43"."start_date" >= CAST(CAST("t43"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t43"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t44"
                          GROUP BY
                            1,
                            2
                        ) AS "t46"
                          ON "t41"."person_id" = "t46"."person_id" AND "t41"."benefit" = "t46"."benefit"
                      ) AS "t47"
                    ) AS "t50"
                      ON "t20"."person_id" = "t50"."person_id" AND "t20"."benefit" = "t50"."benefit"
                  ) AS "t51"
                  WHERE
                    "t51"."start_date" >= CAST(CAST("t51"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t51"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t52"
                GROUP BY
                  1,
                  2
              ) AS "t54"
                ON "t49"."person_id" = "t54"."person_id" AND "t49"."benefit" = "t54"."benefit"
            ) AS "t55"
          ) AS "t57"
            ON "t20"."person_id" = "t57"."person_id" AND "t20"."benefit" = "t57"."benefit"
        ) AS "t58"
      ) AS "t59"
    ) AS "t60"
  ) AS "t61"
)
SELECT
  "t134"."person_id",
  "t134"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.3.0' AS "rule_version",
  CASE
    WHEN "t134"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t134"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t134"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t134"."window_start",
  CASE
    WHEN COALESCE("t134"."is_applicable", FALSE)
    THEN "t134"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t134"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t134"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t134"."fulfilled_date" <= "t134"."due_date"
    )
    THEN 'met'
    WHEN "t134"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t134"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t134"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t134"."is_applicable", FALSE)
    THEN "t134"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t134"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t134"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t134"."fulfilled_date" > "t134"."due_date"
    )
    THEN DATE_DIFF('DAY', "t134"."due_date", "t134"."fulfilled_date")
    WHEN NOT (
      "t134"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t134"."is_exempt", FALSE)
    )
    AND (
      "t134"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t134"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t134"."is_applicable", FALSE)
              THEN "t134"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t134"."window_start"
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
              WHEN COALESCE("t134"."is_applicable", FALSE)
              THEN "t134"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t134"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. ' || COALESCE("t134"."evidence", '')
    ELSE COALESCE("t134"."evidence", '')
  END AS "evidence"
FROM (
  SELECT
    "t133"."person_id",
    "t133"."benefit",
    "t133"."start_date",
    "t133"."end_date",
    "t133"."first_contact_date",
    "t133"."target_group",
    "t133"."first_absence_date",
    "t133"."sickness_category",
    "t133"."employed",
    "t133"."handover_date",
    "t133"."expected_absence_weeks",
    "t133"."work_obligation",
    "t133"."municipality",
    "t133"."early_followup_request_date",
    "t133"."education_order",
    "t133"."periods",
    "t133"."window_start",
    "t133"."required",
    "t133"."required_joint",
    "t133"."in_force",
    "t133"."_end_unconfirmed",
    "t133"."due0",
    "t133"."exempt_days",
    "t133"."exempt_now",
    "t133"."exemption_note",
    "t133"."due_date",
    "t133"."_count_from",
    "t133"."nth_date",
    "t133"."counted",
    "t133"."in_window",
    "t133"."listed",
    "t133"."joint_date",
    "t133"."joint_in_window",
    CASE
      WHEN "t133"."required_joint" = 0
      THEN "t133"."nth_date"
      WHEN (
        "t133"."nth_date" IS NOT NULL
      ) AND (
        "t133"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t133"."nth_date", "t133"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t133"."in_force"
    AND NOT (
      (
        "t133"."end_date" IS NOT NULL
      )
      AND (
        "t133"."end_date" < "t133"."due_date"
      )
      AND (
        CASE
          WHEN "t133"."required_joint" = 0
          THEN "t133"."nth_date"
          WHEN (
            "t133"."nth_date" IS NOT NULL
          ) AND (
            "t133"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t133"."nth_date", "t133"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t133"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t133"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t133"."end_date" IS NOT NULL
        )
        AND (
          "t133"."end_date" < "t133"."due_date"
        )
        AND (
          CASE
            WHEN "t133"."required_joint" = 0
            THEN "t133"."nth_date"
            WHEN (
              "t133"."nth_date" IS NOT NULL
            ) AND (
              "t133"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t133"."nth_date", "t133"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t133"."in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t133"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t133"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t133"."listed" IS NOT NULL THEN ': ' || "t133"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t133"."end_date" AS TEXT)
        WHEN "t133"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t133"."in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t133"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t133"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t133"."listed" IS NOT NULL THEN ': ' || "t133"."listed" ELSE '' END
        ELSE CAST(COALESCE("t133"."in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t133"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t133"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t133"."listed" IS NOT NULL THEN ': ' || "t133"."listed" ELSE '' END
      END
      ELSE CASE
        WHEN (
          "t133"."end_date" IS NOT NULL
        )
        AND (
          "t133"."end_date" < "t133"."due_date"
        )
        AND (
          CASE
            WHEN "t133"."required_joint" = 0
            THEN "t133"."nth_date"
            WHEN (
              "t133"."nth_date" IS NOT NULL
            ) AND (
              "t133"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t133"."nth_date", "t133"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t133"."in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t133"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t133"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t133"."listed" IS NOT NULL THEN ': ' || "t133"."listed" ELSE '' END || '; ydelsesforløbet sluttede ' || CAST("t133"."end_date" AS TEXT)
        WHEN "t133"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t133"."in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t133"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t133"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t133"."listed" IS NOT NULL THEN ': ' || "t133"."listed" ELSE '' END
        ELSE CAST(COALESCE("t133"."in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required" AS TEXT) || ' samtaler inden fristen' || CASE
          WHEN "t133"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t133"."joint_in_window", 0) AS TEXT) || ' af ' || CAST("t133"."required_joint" AS TEXT) || ' fællessamtaler'
          ELSE ''
        END || CASE WHEN "t133"."listed" IS NOT NULL THEN ': ' || "t133"."listed" ELSE '' END
      END || '; ' || "t133"."exemption_note"
    END AS "evidence"
  FROM (
    SELECT
      "t132".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t131"."person_id",
        "t131"."benefit",
        "t131"."start_date",
        "t131"."end_date",
        "t131"."first_contact_date",
        "t131"."target_group",
        "t131"."first_absence_date",
        "t131"."sickness_category",
        "t131"."employed",
        "t131"."handover_date",
        "t131"."expected_absence_weeks",
        "t131"."work_obligation",
        "t131"."municipality",
        "t131"."early_followup_request_date",
        "t131"."education_order",
        "t131"."periods",
        "t131"."window_start",
        "t131"."required",
        "t131"."required_joint",
        "t131"."in_force",
        "t131"."_end_unconfirmed",
        "t131"."due0",
        "t131"."exempt_days",
        "t131"."exempt_now",
        "t131"."exemption_note",
        "t131"."due_date",
        "t131"."_count_from",
        "t131"."nth_date",
        "t131"."counted",
        "t131"."in_window",
        "t131"."listed",
        "t128"."person_id" AS "person_id_right",
        "t128"."benefit" AS "benefit_right",
        "t128"."start_date" AS "start_date_right",
        "t128"."joint_date",
        "t128"."joint_in_window"
      FROM (
        SELECT
          "t129".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
        FROM (
          SELECT
            "t99"."person_id",
            "t99"."benefit",
            "t99"."start_date",
            "t99"."end_date",
            "t99"."first_contact_date",
            "t99"."target_group",
            "t99"."first_absence_date",
            "t99"."sickness_category",
            "t99"."employed",
            "t99"."handover_date",
            "t99"."expected_absence_weeks",
            "t99"."work_obligation",
            "t99"."municipality",
            "t99"."early_followup_request_date",
            "t99"."education_order",
            "t99"."periods",
            "t99"."window_start",
            "t99"."required",
            "t99"."required_joint",
            "t99"."in_force",
            "t99"."_end_unconfirmed",
            "t99"."due0",
            "t99"."exempt_days",
            "t99"."exempt_now",
            "t99"."exemption_note",
            "t99"."due_date",
            "t99"."_count_from",
            "t126"."person_id" AS "person_id_right",
            "t126"."benefit" AS "benefit_right",
            "t126"."start_date" AS "start_date_right",
            "t126"."nth_date",
            "t126"."counted",
            "t126"."in_window",
            "t126"."listed"
          FROM (
            SELECT
              "t97".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
            FROM (
              SELECT
                "t96"."person_id",
                "t96"."benefit",
                "t96"."start_date",
                "t96"."end_date",
                "t96"."first_contact_date",
                "t96"."target_group",
                "t96"."first_absence_date",
                "t96"."sickness_category",
                "t96"."employed",
                "t96"."handover_date",
                "t96"."expected_absence_weeks",
                "t96"."work_obligation",
                "t96"."municipality",
                "t96"."early_followup_request_date",
                "t96"."education_order",
                "t96"."periods",
                "t96"."window_start",
                "t96"."required",
                "t96"."required_joint",
                "t96"."in_force",
                "t96"."_end_unconfirmed",
                "t96"."due0",
                "t96"."exempt_days",
                "t96"."exempt_now",
                "t96"."exemption_note",
                "t96"."due_date",
                "t96"."_plain",
                "t96"."_needed",
                "t96"."_ipid",
                "t96"."_ibenefit",
                "t96"."_istart",
                "t96"."_i_start",
                "t96"."_i_end",
                "t96"."_cum",
                CASE
                  WHEN "t96"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t96"."_plain"
                END AS "_count_from"
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
                  "t95"."required",
                  "t95"."required_joint",
                  "t95"."in_force",
                  "t95"."_end_unconfirmed",
                  "t95"."due0",
                  "t95"."exempt_days",
                  "t95"."exempt_now",
                  "t95"."exemption_note",
                  "t95"."due_date",
                  "t95"."_plain",
                  "t95"."_needed",
                  "t78"."_ipid",
                  "t78"."_ibenefit",
                  "t78"."_istart",
                  "t78"."_i_start",
                  "t78"."_i_end",
                  "t78"."_cum"
                FROM (
                  SELECT
                    "t93"."person_id",
                    "t93"."benefit",
                    "t93"."start_date",
                    "t93"."end_date",
                    "t93"."first_contact_date",
                    "t93"."target_group",
                    "t93"."first_absence_date",
                    "t93"."sickness_category",
                    "t93"."employed",
                    "t93"."handover_date",
                    "t93"."expected_absence_weeks",
                    "t93"."work_obligation",
                    "t93"."municipality",
                    "t93"."early_followup_request_date",
                    "t93"."education_order",
                    "t93"."periods",
                    "t93"."window_start",
                    "t93"."required",
                    "t93"."required_joint",
                    "t93"."in_force",
                    "t93"."_end_unconfirmed",
                    "t93"."due0",
                    COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t93"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t93"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t93"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t93"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t93"."window_start",
                      CAST(CAST("t93"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t92".*
                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                        "t91"."person_id" AS "person_id_right",
                        "t91"."benefit" AS "benefit_right",
                        "t91"."start_date" AS "start_date_right",
                        "t91"."exempt_days",
                        "t91"."exempt_now",
                        "t91"."exemption_note"
                      FROM (
                        SELECT
                          "t84".*
                          EXCLUDE ("_point")
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
                            "t83"."required",
                            "t83"."required_joint",
                            "t83"."in_force",
                            "t83"."_end_unconfirmed",
                            "t83"."_point",
                            CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM (
                            SELECT
                              "t82".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t81"."person_id",
                                "t81"."benefit",
                                "t81"."start_date",
                                "t81"."end_date",
                                "t81"."first_contact_date",
                                "t81"."target_group",
                                "t81"."first_absence_date",
                                "t81"."sickness_category",
                                "t81"."employed",
                                "t81"."handover_date",
                                "t81"."expected_absence_weeks",
                                "t81"."work_obligation",
                                "t81"."municipality",
                                "t81"."early_followup_request_date",
                                "t81"."education_order",
                                "t81"."periods",
                                "t81"."window_start",
                                "t81"."required",
                                "t81"."required_joint",
                                "t81"."in_force",
                                "t81"."_end_unconfirmed",
                                "t81"."_plain",
                                "t81"."_needed",
                                "t81"."_ipid",
                                "t81"."_ibenefit",
                                "t81"."_istart",
                                "t81"."_i_start",
                                "t81"."_i_end",
                                "t81"."_cum",
                                CASE
                                  WHEN "t81"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t81"."_plain"
                                END AS "_point"
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
                                  "t80"."required",
                                  "t80"."required_joint",
                                  "t80"."in_force",
                                  "t80"."_end_unconfirmed",
                                  "t80"."_plain",
                                  "t80"."_needed",
                                  "t78"."_ipid",
                                  "t78"."_ibenefit",
                                  "t78"."_istart",
                                  "t78"."_i_start",
                                  "t78"."_i_end",
                                  "t78"."_cum"
                                FROM (
                                  SELECT
                                    "t75"."person_id",
                                    "t75"."benefit",
                                    "t75"."start_date",
                                    "t75"."end_date",
                                    "t75"."first_contact_date",
                                    "t75"."target_group",
                                    "t75"."first_absence_date",
                                    "t75"."sickness_category",
                                    "t75"."employed",
                                    "t75"."handover_date",
                                    "t75"."expected_absence_weeks",
                                    "t75"."work_obligation",
                                    "t75"."municipality",
                                    "t75"."early_followup_request_date",
                                    "t75"."education_order",
                                    "t75"."periods",
                                    "t75"."start_date" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE
                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          "t75"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t75"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t75"."start_date",
                                      CAST(CAST("t75"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t67"."person_id",
                                      "t67"."benefit",
                                      "t67"."start_date",
                                      "t67"."end_date",
                                      "t67"."first_contact_date",
                                      "t67"."target_group",
                                      "t67"."first_absence_date",
                                      "t67"."sickness_category",
                                      "t67"."employed",
                                      "t67"."handover_date",
                                      "t67"."expected_absence_weeks",
                                      "t67"."work_obligation",
                                      "t67"."municipality",
                                      "t67"."early_followup_request_date",
                                      "t67"."education_order",
                                      "t67"."periods"
                                    FROM (
                                      SELECT
                                        "t65"."person_id",
                                        "t65"."benefit",
                                        "t65"."_key" AS "start_date",
                                        CASE
                                          WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t65"."_end"
                                        END AS "end_date",
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
                                        "t65"."periods"
                                      FROM (
                                        SELECT
                                          "t63"."person_id",
                                          "t63"."benefit",
                                          "t63"."_key",
                                          MAX("t63"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                          FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                          FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                          FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                          FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                          FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                          FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                          FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                          FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                          MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t62" AS "t63"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t65"
                                      WHERE
                                        "t65"."benefit" IN ('dagpenge')
                                    ) AS "t67"
                                    ANTI JOIN (
                                      SELECT
                                        "t69"."person_id" AS "_k_person_id",
                                        "t69"."benefit" AS "_k_benefit",
                                        "t69"."start_date" AS "_k_start_date"
                                      FROM (
                                        SELECT
                                          "t67"."person_id",
                                          "t67"."benefit",
                                          "t67"."start_date",
                                          "t67"."end_date",
                                          "t67"."first_contact_date",
                                          "t67"."target_group",
                                          "t67"."first_absence_date",
                                          "t67"."sickness_category",
                                          "t67"."employed",
                                          "t67"."handover_date",
                                          "t67"."expected_absence_weeks",
                                          "t67"."work_obligation",
                                          "t67"."municipality",
                                          "t67"."early_followup_request_date",
                                          "t67"."education_order",
                                          "t67"."periods"
                                        FROM (
                                          SELECT
                                            "t65"."person_id",
                                            "t65"."benefit",
                                            "t65"."_key" AS "start_date",
                                            CASE
                                              WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t65"."_end"
                                            END AS "end_date",
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
                                            "t65"."periods"
                                          FROM (
                                            SELECT
                                              "t63"."person_id",
                                              "t63"."benefit",
                                              "t63"."_key",
                                              MAX("t63"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                              FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                              FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                              FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                              FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                              FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                              FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                              FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                              FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                              MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t62" AS "t63"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t65"
                                          WHERE
                                            "t65"."benefit" IN ('dagpenge')
                                        ) AS "t67"
                                        SEMI JOIN (
                                          SELECT
                                            "t2"."person_id" AS "_mpid",
                                            "t2"."start_date" AS "_mstart"
                                          FROM "benefit_periods" AS "t2"
                                          WHERE
                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                        ) AS "t10"
                                          ON "t67"."person_id" = "t10"."_mpid"
                                          AND "t10"."_mstart" >= "t67"."start_date"
                                          AND (
                                            (
                                              "t67"."end_date" IS NULL
                                            ) OR (
                                              "t10"."_mstart" <= "t67"."end_date"
                                            )
                                          )
                                      ) AS "t69"
                                      WHERE
                                        CASE
                                          WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                    ) AS "t73"
                                      ON "t67"."person_id" = "t73"."_k_person_id"
                                      AND "t67"."benefit" = "t73"."_k_benefit"
                                      AND "t67"."start_date" = "t73"."_k_start_date"
                                  ) AS "t75"
                                ) AS "t80"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t76"."person_id" AS "_ipid",
                                    "t76"."benefit" AS "_ibenefit",
                                    "t76"."start_date" AS "_istart",
                                    "t76"."i_start" AS "_i_start",
                                    "t76"."i_end" AS "_i_end",
                                    "t76"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t74"."person_id",
                                      "t74"."benefit",
                                      "t74"."_key" AS "start_date",
                                      "t74"."i_start",
                                      "t74"."i_end",
                                      CAST(COALESCE(
                                        SUM("t74"."_len") OVER (
                                          PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                          ORDER BY "t74"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t71"."person_id",
                                        "t71"."benefit",
                                        "t71"."_key",
                                        "t71"."_island",
                                        "t71"."i_start",
                                        "t71"."i_end",
                                        CASE
                                          WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t70"."person_id",
                                          "t70"."benefit",
                                          "t70"."_key",
                                          "t70"."_island",
                                          MIN("t70"."start_date") AS "i_start",
                                          MAX("t70"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t68"."person_id",
                                            "t68"."benefit",
                                            "t68"."start_date",
                                            "t68"."_end",
                                            "t68"."_key",
                                            "t68"."_acc",
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
                                            "t68"."_new",
                                            SUM("t68"."_new") OVER (
                                              PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                              ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
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
                                              CASE
                                                WHEN MAX("t64"."_end") OVER (
                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t62" AS "t63"
                                              WHERE
                                                "t63"."_acc"
                                            ) AS "t64"
                                          ) AS "t68"
                                        ) AS "t70"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t71"
                                    ) AS "t74"
                                  ) AS "t76"
                                ) AS "t78"
                                  ON "t80"."person_id" = "t78"."_ipid"
                                  AND "t80"."benefit" = "t78"."_ibenefit"
                                  AND "t80"."start_date" = "t78"."_istart"
                                  AND "t78"."_cum" < "t80"."_needed"
                                  AND (
                                    (
                                      "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                      ) >= "t80"."_needed"
                                    )
                                  )
                              ) AS "t81"
                            ) AS "t82"
                          ) AS "t83"
                        ) AS "t84"
                      ) AS "t86"
                      LEFT OUTER JOIN (
                        SELECT
                          "t89"."person_id",
                          "t89"."benefit",
                          "t89"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t89"."_ex_start", "t89"."_from"),
                              LEAST("t89"."_ex_end", "t89"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t89"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t89"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          LISTAGG(
                            
                              'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                              ', ' ORDER BY "t89"."_ex_start" ASC
                            
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t88"."person_id",
                            "t88"."benefit",
                            "t88"."start_date",
                            "t88"."_from",
                            "t88"."_to",
                            "t9"."_pid",
                            "t9"."_ex_start",
                            "t9"."_ex_end",
                            "t9"."_ex_reason"
                          FROM (
                            SELECT
                              "t85"."person_id",
                              "t85"."benefit",
                              "t85"."start_date",
                              "t85"."window_start" AS "_from",
                              "t85"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t84".*
                                EXCLUDE ("_point")
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
                                  "t83"."required",
                                  "t83"."required_joint",
                                  "t83"."in_force",
                                  "t83"."_end_unconfirmed",
                                  "t83"."_point",
                                  CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t82".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                  FROM (
                                    SELECT
                                      "t81"."person_id",
                                      "t81"."benefit",
                                      "t81"."start_date",
                                      "t81"."end_date",
                                      "t81"."first_contact_date",
                                      "t81"."target_group",
                                      "t81"."first_absence_date",
                                      "t81"."sickness_category",
                                      "t81"."employed",
                                      "t81"."handover_date",
                                      "t81"."expected_absence_weeks",
                                      "t81"."work_obligation",
                                      "t81"."municipality",
                                      "t81"."early_followup_request_date",
                                      "t81"."education_order",
                                      "t81"."periods",
                                      "t81"."window_start",
                                      "t81"."required",
                                      "t81"."required_joint",
                                      "t81"."in_force",
                                      "t81"."_end_unconfirmed",
                                      "t81"."_plain",
                                      "t81"."_needed",
                                      "t81"."_ipid",
                                      "t81"."_ibenefit",
                                      "t81"."_istart",
                                      "t81"."_i_start",
                                      "t81"."_i_end",
                                      "t81"."_cum",
                                      CASE
                                        WHEN "t81"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t81"."_plain"
                                      END AS "_point"
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
                                        "t80"."required",
                                        "t80"."required_joint",
                                        "t80"."in_force",
                                        "t80"."_end_unconfirmed",
                                        "t80"."_plain",
                                        "t80"."_needed",
                                        "t78"."_ipid",
                                        "t78"."_ibenefit",
                                        "t78"."_istart",
                                        "t78"."_i_start",
                                        "t78"."_i_end",
                                        "t78"."_cum"
                                      FROM (
                                        SELECT
                                          "t75"."person_id",
                                          "t75"."benefit",
                                          "t75"."start_date",
                                          "t75"."end_date",
                                          "t75"."first_contact_date",
                                          "t75"."target_group",
                                          "t75"."first_absence_date",
                                          "t75"."sickness_category",
                                          "t75"."employed",
                                          "t75"."handover_date",
                                          "t75"."expected_absence_weeks",
                                          "t75"."work_obligation",
                                          "t75"."municipality",
                                          "t75"."early_followup_request_date",
                                          "t75"."education_order",
                                          "t75"."periods",
                                          "t75"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t75"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t75"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t75"."start_date",
                                            CAST(CAST("t75"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
                                        FROM (
                                          SELECT
                                            "t67"."person_id",
                                            "t67"."benefit",
                                            "t67"."start_date",
                                            "t67"."end_date",
                                            "t67"."first_contact_date",
                                            "t67"."target_group",
                                            "t67"."first_absence_date",
                                            "t67"."sickness_category",
                                            "t67"."employed",
                                            "t67"."handover_date",
                                            "t67"."expected_absence_weeks",
                                            "t67"."work_obligation",
                                            "t67"."municipality",
                                            "t67"."early_followup_request_date",
                                            "t67"."education_order",
                                            "t67"."periods"
                                          FROM (
                                            SELECT
                                              "t65"."person_id",
                                              "t65"."benefit",
                                              "t65"."_key" AS "start_date",
                                              CASE
                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t65"."_end"
                                              END AS "end_date",
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
                                              "t65"."periods"
                                            FROM (
                                              SELECT
                                                "t63"."person_id",
                                                "t63"."benefit",
                                                "t63"."_key",
                                                MAX("t63"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t62" AS "t63"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t65"
                                            WHERE
                                              "t65"."benefit" IN ('dagpenge')
                                          ) AS "t67"
                                          ANTI JOIN (
                                            SELECT
                                              "t69"."person_id" AS "_k_person_id",
                                              "t69"."benefit" AS "_k_benefit",
                                              "t69"."start_date" AS "_k_start_date"
                                            FROM (
                                              SELECT
                                                "t67"."person_id",
                                                "t67"."benefit",
                                                "t67"."start_date",
                                                "t67"."end_date",
                                                "t67"."first_contact_date",
                                                "t67"."target_group",
                                                "t67"."first_absence_date",
                                                "t67"."sickness_category",
                                                "t67"."employed",
                                                "t67"."handover_date",
                                                "t67"."expected_absence_weeks",
                                                "t67"."work_obligation",
                                                "t67"."municipality",
                                                "t67"."early_followup_request_date",
                                                "t67"."education_order",
                                                "t67"."periods"
                                              FROM (
                                                SELECT
                                                  "t65"."person_id",
                                                  "t65"."benefit",
                                                  "t65"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t65"."_end"
                                                  END AS "end_date",
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
                                                  "t65"."periods"
                                                FROM (
                                                  SELECT
                                                    "t63"."person_id",
                                                    "t63"."benefit",
                                                    "t63"."_key",
                                                    MAX("t63"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                    FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                    FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                    FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                    FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                    FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                    FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                    FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                    FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                    MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t62" AS "t63"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t65"
                                                WHERE
                                                  "t65"."benefit" IN ('dagpenge')
                                              ) AS "t67"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t10"
                                                ON "t67"."person_id" = "t10"."_mpid"
                                                AND "t10"."_mstart" >= "t67"."start_date"
                                                AND (
                                                  (
                                                    "t67"."end_date" IS NULL
                                                  ) OR (
                                                    "t10"."_mstart" <= "t67"."end_date"
                                                  )
                                                )
                                            ) AS "t69"
                                            WHERE
                                              CASE
                                                WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t73"
                                            ON "t67"."person_id" = "t73"."_k_person_id"
                                            AND "t67"."benefit" = "t73"."_k_benefit"
                                            AND "t67"."start_date" = "t73"."_k_start_date"
                                        ) AS "t75"
                                      ) AS "t80"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t76"."person_id" AS "_ipid",
                                          "t76"."benefit" AS "_ibenefit",
                                          "t76"."start_date" AS "_istart",
                                          "t76"."i_start" AS "_i_start",
                                          "t76"."i_end" AS "_i_end",
                                          "t76"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t74"."person_id",
                                            "t74"."benefit",
                                            "t74"."_key" AS "start_date",
                                            "t74"."i_start",
                                            "t74"."i_end",
                                            CAST(COALESCE(
                                              SUM("t74"."_len") OVER (
                                                PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                ORDER BY "t74"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t71"."person_id",
                                              "t71"."benefit",
                                              "t71"."_key",
                                              "t71"."_island",
                                              "t71"."i_start",
                                              "t71"."i_end",
                                              CASE
                                                WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t70"."person_id",
                                                "t70"."benefit",
                                                "t70"."_key",
                                                "t70"."_island",
                                                MIN("t70"."start_date") AS "i_start",
                                                MAX("t70"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t68"."person_id",
                                                  "t68"."benefit",
                                                  "t68"."start_date",
                                                  "t68"."_end",
                                                  "t68"."_key",
                                                  "t68"."_acc",
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
                                                  "t68"."_new",
                                                  SUM("t68"."_new") OVER (
                                                    PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                    ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
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
                                                    CASE
                                                      WHEN MAX("t64"."_end") OVER (
                                                        PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                        ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                        PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                        ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t62" AS "t63"
                                                    WHERE
                                                      "t63"."_acc"
                                                  ) AS "t64"
                                                ) AS "t68"
                                              ) AS "t70"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t71"
                                          ) AS "t74"
                                        ) AS "t76"
                                      ) AS "t78"
                                        ON "t80"."person_id" = "t78"."_ipid"
                                        AND "t80"."benefit" = "t78"."_ibenefit"
                                        AND "t80"."start_date" = "t78"."_istart"
                                        AND "t78"."_cum" < "t80"."_needed"
                                        AND (
                                          (
                                            "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                            ) >= "t80"."_needed"
                                          )
                                        )
                                    ) AS "t81"
                                  ) AS "t82"
                                ) AS "t83"
                              ) AS "t84"
                            ) AS "t85"
                          ) AS "t88"
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
                            ON "t88"."person_id" = "t9"."_pid"
                            AND "t9"."_ex_start" <= "t88"."_to"
                            AND "t9"."_ex_end" >= "t88"."_from"
                        ) AS "t89"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t91"
                        ON "t86"."person_id" = "t91"."person_id"
                        AND "t86"."benefit" = "t91"."benefit"
                        AND "t86"."start_date" = "t91"."start_date"
                    ) AS "t92"
                  ) AS "t93"
                ) AS "t95"
                LEFT OUTER JOIN (
                  SELECT
                    "t76"."person_id" AS "_ipid",
                    "t76"."benefit" AS "_ibenefit",
                    "t76"."start_date" AS "_istart",
                    "t76"."i_start" AS "_i_start",
                    "t76"."i_end" AS "_i_end",
                    "t76"."cum_before" AS "_cum"
                  FROM (
                    SELECT
                      "t74"."person_id",
                      "t74"."benefit",
                      "t74"."_key" AS "start_date",
                      "t74"."i_start",
                      "t74"."i_end",
                      CAST(COALESCE(
                        SUM("t74"."_len") OVER (
                          PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                          ORDER BY "t74"."i_start" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) AS INT) AS "cum_before"
                    FROM (
                      SELECT
                        "t71"."person_id",
                        "t71"."benefit",
                        "t71"."_key",
                        "t71"."_island",
                        "t71"."i_start",
                        "t71"."i_end",
                        CASE
                          WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t70"."person_id",
                          "t70"."benefit",
                          "t70"."_key",
                          "t70"."_island",
                          MIN("t70"."start_date") AS "i_start",
                          MAX("t70"."_end") AS "i_end"
                        FROM (
                          SELECT
                            "t68"."person_id",
                            "t68"."benefit",
                            "t68"."start_date",
                            "t68"."_end",
                            "t68"."_key",
                            "t68"."_acc",
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
                            "t68"."_new",
                            SUM("t68"."_new") OVER (
                              PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                              ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS "_island"
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
                              CASE
                                WHEN MAX("t64"."_end") OVER (
                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) IS NULL
                                THEN 1
                                WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                THEN 1
                                ELSE 0
                              END AS "_new"
                            FROM (
                              SELECT
                                *
                              FROM "t62" AS "t63"
                              WHERE
                                "t63"."_acc"
                            ) AS "t64"
                          ) AS "t68"
                        ) AS "t70"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t71"
                    ) AS "t74"
                  ) AS "t76"
                ) AS "t78"
                  ON "t95"."person_id" = "t78"."_ipid"
                  AND "t95"."benefit" = "t78"."_ibenefit"
                  AND "t95"."start_date" = "t78"."_istart"
                  AND "t78"."_cum" < "t95"."_needed"
                  AND (
                    (
                      "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                      ) >= "t95"."_needed"
                    )
                  )
              ) AS "t96"
            ) AS "t97"
          ) AS "t99"
          LEFT OUTER JOIN (
            SELECT
              "t123".*
              EXCLUDE ("_need")
            FROM (
              SELECT
                "t121"."person_id",
                "t121"."benefit",
                "t121"."start_date",
                CASE
                  WHEN "t121"."counted" >= "t121"."_need"
                  THEN "t121"."nth_date"
                  ELSE CAST(NULL AS DATE)
                END AS "nth_date",
                "t121"."counted",
                "t121"."in_window",
                "t121"."listed",
                "t121"."_need"
              FROM (
                SELECT
                  "t119"."person_id",
                  "t119"."benefit",
                  "t119"."start_date",
                  MAX("t119"."date") AS "nth_date",
                  COUNT(*) AS "counted",
                  SUM(CAST("t119"."date" <= "t119"."_due" AS INT)) AS "in_window",
                  LISTAGG("t119"."description", ', ' ORDER BY "t119"."date" ASC) AS "listed",
                  MAX("t119"."_n") AS "_need"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t115"."person_id",
                      "t115"."benefit",
                      "t115"."start_date",
                      "t115"."date",
                      "t115"."description",
                      "t115"."_n",
                      "t115"."_due",
                      ROW_NUMBER() OVER (
                        PARTITION BY "t115"."person_id", "t115"."benefit", "t115"."start_date"
                        ORDER BY "t115"."date" ASC, "t115"."description" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                      ) - 1 AS "_rank"
                    FROM (
                      SELECT
                        "t113"."person_id",
                        "t113"."benefit",
                        "t113"."start_date",
                        "t113"."date",
                        "t113"."description",
                        "t103"."_n",
                        "t103"."_due"
                      FROM (
                        SELECT
                          "t109"."person_id",
                          "t109"."benefit",
                          "t109"."start_date",
                          "t109"."date",
                          "t109"."kind" || ' ' || CAST("t109"."date" AS TEXT) || ' (' || "t109"."form" || ', ' || "t109"."held_by" || ')' AS "description"
                        FROM (
                          SELECT
                            "t107"."person_id",
                            "t107"."benefit",
                            "t107"."start_date",
                            "t107"."window_start",
                            "t107"."_first",
                            "t107"."_last",
                            "t8"."person_id" AS "person_id_right",
                            "t8"."date",
                            "t8"."kind",
                            "t8"."form",
                            "t8"."held_by",
                            "t8"."status",
                            "t8"."individual",
                            "t8"."caseworker_id",
                            "t8"."purpose"
                          FROM (
                            SELECT
                              "t98"."person_id",
                              "t98"."benefit",
                              "t98"."start_date",
                              "t98"."window_start",
                              "t98"."_count_from" AS "_first",
                              COALESCE("t98"."end_date", CAST($as_of AS DATE)) AS "_last"
                            FROM (
                              SELECT
                                "t97".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t96"."person_id",
                                  "t96"."benefit",
                                  "t96"."start_date",
                                  "t96"."end_date",
                                  "t96"."first_contact_date",
                                  "t96"."target_group",
                                  "t96"."first_absence_date",
                                  "t96"."sickness_category",
                                  "t96"."employed",
                                  "t96"."handover_date",
                                  "t96"."expected_absence_weeks",
                                  "t96"."work_obligation",
                                  "t96"."municipality",
                                  "t96"."early_followup_request_date",
                                  "t96"."education_order",
                                  "t96"."periods",
                                  "t96"."window_start",
                                  "t96"."required",
                                  "t96"."required_joint",
                                  "t96"."in_force",
                                  "t96"."_end_unconfirmed",
                                  "t96"."due0",
                                  "t96"."exempt_days",
                                  "t96"."exempt_now",
                                  "t96"."exemption_note",
                                  "t96"."due_date",
                                  "t96"."_plain",
                                  "t96"."_needed",
                                  "t96"."_ipid",
                                  "t96"."_ibenefit",
                                  "t96"."_istart",
                                  "t96"."_i_start",
                                  "t96"."_i_end",
                                  "t96"."_cum",
                                  CASE
                                    WHEN "t96"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t96"."_plain"
                                  END AS "_count_from"
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
                                    "t95"."required",
                                    "t95"."required_joint",
                                    "t95"."in_force",
                                    "t95"."_end_unconfirmed",
                                    "t95"."due0",
                                    "t95"."exempt_days",
                                    "t95"."exempt_now",
                                    "t95"."exemption_note",
                                    "t95"."due_date",
                                    "t95"."_plain",
                                    "t95"."_needed",
                                    "t78"."_ipid",
                                    "t78"."_ibenefit",
                                    "t78"."_istart",
                                    "t78"."_i_start",
                                    "t78"."_i_end",
                                    "t78"."_cum"
                                  FROM (
                                    SELECT
                                      "t93"."person_id",
                                      "t93"."benefit",
                                      "t93"."start_date",
                                      "t93"."end_date",
                                      "t93"."first_contact_date",
                                      "t93"."target_group",
                                      "t93"."first_absence_date",
                                      "t93"."sickness_category",
                                      "t93"."employed",
                                      "t93"."handover_date",
                                      "t93"."expected_absence_weeks",
                                      "t93"."work_obligation",
                                      "t93"."municipality",
                                      "t93"."early_followup_request_date",
                                      "t93"."education_order",
                                      "t93"."periods",
                                      "t93"."window_start",
                                      "t93"."required",
                                      "t93"."required_joint",
                                      "t93"."in_force",
                                      "t93"."_end_unconfirmed",
                                      "t93"."due0",
                                      COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                      COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                      COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                      CAST(CAST("t93"."due0" + TO_DAYS(
                                        CASE
                                          WHEN COALESCE(
                                            CASE
                                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN TRUE
                                              ELSE CAST(NULL AS BOOLEAN)
                                            END,
                                            FALSE
                                          )
                                          THEN COALESCE("t93"."exempt_days", 0)
                                          ELSE 0
                                        END
                                      ) AS TIMESTAMP) AS DATE) AS "due_date",
                                      CAST(CAST("t93"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t93"."window_start",
                                        CAST(CAST("t93"."window_start" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
                                    FROM (
                                      SELECT
                                        "t92".*
                                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                          "t91"."person_id" AS "person_id_right",
                                          "t91"."benefit" AS "benefit_right",
                                          "t91"."start_date" AS "start_date_right",
                                          "t91"."exempt_days",
                                          "t91"."exempt_now",
                                          "t91"."exemption_note"
                                        FROM (
                                          SELECT
                                            "t84".*
                                            EXCLUDE ("_point")
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
                                              "t83"."required",
                                              "t83"."required_joint",
                                              "t83"."in_force",
                                              "t83"."_end_unconfirmed",
                                              "t83"."_point",
                                              CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t82".*
                                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                              FROM (
                                                SELECT
                                                  "t81"."person_id",
                                                  "t81"."benefit",
                                                  "t81"."start_date",
                                                  "t81"."end_date",
                                                  "t81"."first_contact_date",
                                                  "t81"."target_group",
                                                  "t81"."first_absence_date",
                                                  "t81"."sickness_category",
                                                  "t81"."employed",
                                                  "t81"."handover_date",
                                                  "t81"."expected_absence_weeks",
                                                  "t81"."work_obligation",
                                                  "t81"."municipality",
                                                  "t81"."early_followup_request_date",
                                                  "t81"."education_order",
                                                  "t81"."periods",
                                                  "t81"."window_start",
                                                  "t81"."required",
                                                  "t81"."required_joint",
                                                  "t81"."in_force",
                                                  "t81"."_end_unconfirmed",
                                                  "t81"."_plain",
                                                  "t81"."_needed",
                                                  "t81"."_ipid",
                                                  "t81"."_ibenefit",
                                                  "t81"."_istart",
                                                  "t81"."_i_start",
                                                  "t81"."_i_end",
                                                  "t81"."_cum",
                                                  CASE
                                                    WHEN "t81"."_i_start" IS NOT NULL
                                                    THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                    ELSE "t81"."_plain"
                                                  END AS "_point"
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
                                                    "t80"."required",
                                                    "t80"."required_joint",
                                                    "t80"."in_force",
                                                    "t80"."_end_unconfirmed",
                                                    "t80"."_plain",
                                                    "t80"."_needed",
                                                    "t78"."_ipid",
                                                    "t78"."_ibenefit",
                                                    "t78"."_istart",
                                                    "t78"."_i_start",
                                                    "t78"."_i_end",
                                                    "t78"."_cum"
                                                  FROM (
                                                    SELECT
                                                      "t75"."person_id",
                                                      "t75"."benefit",
                                                      "t75"."start_date",
                                                      "t75"."end_date",
                                                      "t75"."first_contact_date",
                                                      "t75"."target_group",
                                                      "t75"."first_absence_date",
                                                      "t75"."sickness_category",
                                                      "t75"."employed",
                                                      "t75"."handover_date",
                                                      "t75"."expected_absence_weeks",
                                                      "t75"."work_obligation",
                                                      "t75"."municipality",
                                                      "t75"."early_followup_request_date",
                                                      "t75"."education_order",
                                                      "t75"."periods",
                                                      "t75"."start_date" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t75"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t75"."start_date",
                                                        CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
                                                    FROM (
                                                      SELECT
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."start_date",
                                                        "t67"."end_date",
                                                        "t67"."first_contact_date",
                                                        "t67"."target_group",
                                                        "t67"."first_absence_date",
                                                        "t67"."sickness_category",
                                                        "t67"."employed",
                                                        "t67"."handover_date",
                                                        "t67"."expected_absence_weeks",
                                                        "t67"."work_obligation",
                                                        "t67"."municipality",
                                                        "t67"."early_followup_request_date",
                                                        "t67"."education_order",
                                                        "t67"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t65"."_end"
                                                          END AS "end_date",
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
                                                          "t65"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t63"."person_id",
                                                            "t63"."benefit",
                                                            "t63"."_key",
                                                            MAX("t63"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                            FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                            FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                            FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                            FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                            FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                            FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                            FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                            MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t62" AS "t63"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                      ) AS "t67"
                                                      ANTI JOIN (
                                                        SELECT
                                                          "t69"."person_id" AS "_k_person_id",
                                                          "t69"."benefit" AS "_k_benefit",
                                                          "t69"."start_date" AS "_k_start_date"
                                                        FROM (
                                                          SELECT
                                                            "t67"."person_id",
                                                            "t67"."benefit",
                                                            "t67"."start_date",
                                                            "t67"."end_date",
                                                            "t67"."first_contact_date",
                                                            "t67"."target_group",
                                                            "t67"."first_absence_date",
                                                            "t67"."sickness_category",
                                                            "t67"."employed",
                                                            "t67"."handover_date",
                                                            "t67"."expected_absence_weeks",
                                                            "t67"."work_obligation",
                                                            "t67"."municipality",
                                                            "t67"."early_followup_request_date",
                                                            "t67"."education_order",
                                                            "t67"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t65"."_end"
                                                              END AS "end_date",
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
                                                              "t65"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t63"."person_id",
                                                                "t63"."benefit",
                                                                "t63"."_key",
                                                                MAX("t63"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t62" AS "t63"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t65"
                                                            WHERE
                                                              "t65"."benefit" IN ('dagpenge')
                                                          ) AS "t67"
                                                          SEMI JOIN (
                                                            SELECT
                                                              "t2"."person_id" AS "_mpid",
                                                              "t2"."start_date" AS "_mstart"
                                                            FROM "benefit_periods" AS "t2"
                                                            WHERE
                                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                          ) AS "t10"
                                                            ON "t67"."person_id" = "t10"."_mpid"
                                                            AND "t10"."_mstart" >= "t67"."start_date"
                                                            AND (
                                                              (
                                                                "t67"."end_date" IS NULL
                                                              ) OR (
                                                                "t10"."_mstart" <= "t67"."end_date"
                                                              )
                                                            )
                                                        ) AS "t69"
                                                        WHERE
                                                          CASE
                                                            WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 6
                                                            WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                      ) AS "t73"
                                                        ON "t67"."person_id" = "t73"."_k_person_id"
                                                        AND "t67"."benefit" = "t73"."_k_benefit"
                                                        AND "t67"."start_date" = "t73"."_k_start_date"
                                                    ) AS "t75"
                                                  ) AS "t80"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t76"."person_id" AS "_ipid",
                                                      "t76"."benefit" AS "_ibenefit",
                                                      "t76"."start_date" AS "_istart",
                                                      "t76"."i_start" AS "_i_start",
                                                      "t76"."i_end" AS "_i_end",
                                                      "t76"."cum_before" AS "_cum"
                                                    FROM (
                                                      SELECT
                                                        "t74"."person_id",
                                                        "t74"."benefit",
                                                        "t74"."_key" AS "start_date",
                                                        "t74"."i_start",
                                                        "t74"."i_end",
                                                        CAST(COALESCE(
                                                          SUM("t74"."_len") OVER (
                                                            PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                            ORDER BY "t74"."i_start" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ),
                                                          0
                                                        ) AS INT) AS "cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t71"."person_id",
                                                          "t71"."benefit",
                                                          "t71"."_key",
                                                          "t71"."_island",
                                                          "t71"."i_start",
                                                          "t71"."i_end",
                                                          CASE
                                                            WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t70"."person_id",
                                                            "t70"."benefit",
                                                            "t70"."_key",
                                                            "t70"."_island",
                                                            MIN("t70"."start_date") AS "i_start",
                                                            MAX("t70"."_end") AS "i_end"
                                                          FROM (
                                                            SELECT
                                                              "t68"."person_id",
                                                              "t68"."benefit",
                                                              "t68"."start_date",
                                                              "t68"."_end",
                                                              "t68"."_key",
                                                              "t68"."_acc",
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
                                                              "t68"."_new",
                                                              SUM("t68"."_new") OVER (
                                                                PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                                ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ) AS "_island"
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
                                                                CASE
                                                                  WHEN MAX("t64"."_end") OVER (
                                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) IS NULL
                                                                  THEN 1
                                                                  WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                  THEN 1
                                                                  ELSE 0
                                                                END AS "_new"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM "t62" AS "t63"
                                                                WHERE
                                                                  "t63"."_acc"
                                                              ) AS "t64"
                                                            ) AS "t68"
                                                          ) AS "t70"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t71"
                                                      ) AS "t74"
                                                    ) AS "t76"
                                                  ) AS "t78"
                                                    ON "t80"."person_id" = "t78"."_ipid"
                                                    AND "t80"."benefit" = "t78"."_ibenefit"
                                                    AND "t80"."start_date" = "t78"."_istart"
                                                    AND "t78"."_cum" < "t80"."_needed"
                                                    AND (
                                                      (
                                                        "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                        ) >= "t80"."_needed"
                                                      )
                                                    )
                                                ) AS "t81"
                                              ) AS "t82"
                                            ) AS "t83"
                                          ) AS "t84"
                                        ) AS "t86"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."start_date",
                                            CAST(SUM(
                                              DATE_DIFF(
                                                'DAY',
                                                GREATEST("t89"."_ex_start", "t89"."_from"),
                                                LEAST("t89"."_ex_end", "t89"."_to")
                                              ) + 1
                                            ) AS INT) AS "exempt_days",
                                            BOOL_OR(
                                              CAST((
                                                "t89"."_ex_start" <= CAST($as_of AS DATE)
                                              )
                                              AND (
                                                "t89"."_ex_end" >= CAST($as_of AS DATE)
                                              ) AS BOOLEAN)
                                            ) AS "exempt_now",
                                            LISTAGG(
                                              
                                                'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                                ', ' ORDER BY "t89"."_ex_start" ASC
                                              
                                            ) AS "exemption_note"
                                          FROM (
                                            SELECT
                                              "t88"."person_id",
                                              "t88"."benefit",
                                              "t88"."start_date",
                                              "t88"."_from",
                                              "t88"."_to",
                                              "t9"."_pid",
                                              "t9"."_ex_start",
                                              "t9"."_ex_end",
                                              "t9"."_ex_reason"
                                            FROM (
                                              SELECT
                                                "t85"."person_id",
                                                "t85"."benefit",
                                                "t85"."start_date",
                                                "t85"."window_start" AS "_from",
                                                "t85"."due0" AS "_to"
                                              FROM (
                                                SELECT
                                                  "t84".*
                                                  EXCLUDE ("_point")
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
                                                    "t83"."required",
                                                    "t83"."required_joint",
                                                    "t83"."in_force",
                                                    "t83"."_end_unconfirmed",
                                                    "t83"."_point",
                                                    CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                  FROM (
                                                    SELECT
                                                      "t82".*
                                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                    FROM (
                                                      SELECT
                                                        "t81"."person_id",
                                                        "t81"."benefit",
                                                        "t81"."start_date",
                                                        "t81"."end_date",
                                                        "t81"."first_contact_date",
                                                        "t81"."target_group",
                                                        "t81"."first_absence_date",
                                                        "t81"."sickness_category",
                                                        "t81"."employed",
                                                        "t81"."handover_date",
                                                        "t81"."expected_absence_weeks",
                                                        "t81"."work_obligation",
                                                        "t81"."municipality",
                                                        "t81"."early_followup_request_date",
                                                        "t81"."education_order",
                                                        "t81"."periods",
                                                        "t81"."window_start",
                                                        "t81"."required",
                                                        "t81"."required_joint",
                                                        "t81"."in_force",
                                                        "t81"."_end_unconfirmed",
                                                        "t81"."_plain",
                                                        "t81"."_needed",
                                                        "t81"."_ipid",
                                                        "t81"."_ibenefit",
                                                        "t81"."_istart",
                                                        "t81"."_i_start",
                                                        "t81"."_i_end",
                                                        "t81"."_cum",
                                                        CASE
                                                          WHEN "t81"."_i_start" IS NOT NULL
                                                          THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                          ELSE "t81"."_plain"
                                                        END AS "_point"
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
                                                          "t80"."required",
                                                          "t80"."required_joint",
                                                          "t80"."in_force",
                                                          "t80"."_end_unconfirmed",
                                                          "t80"."_plain",
                                                          "t80"."_needed",
                                                          "t78"."_ipid",
                                                          "t78"."_ibenefit",
                                                          "t78"."_istart",
                                                          "t78"."_i_start",
                                                          "t78"."_i_end",
                                                          "t78"."_cum"
                                                        FROM (
                                                          SELECT
                                                            "t75"."person_id",
                                                            "t75"."benefit",
                                                            "t75"."start_date",
                                                            "t75"."end_date",
                                                            "t75"."first_contact_date",
                                                            "t75"."target_group",
                                                            "t75"."first_absence_date",
                                                            "t75"."sickness_category",
                                                            "t75"."employed",
                                                            "t75"."handover_date",
                                                            "t75"."expected_absence_weeks",
                                                            "t75"."work_obligation",
                                                            "t75"."municipality",
                                                            "t75"."early_followup_request_date",
                                                            "t75"."education_order",
                                                            "t75"."periods",
                                                            "t75"."start_date" AS "window_start",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) + COALESCE(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required",
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 0
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 0
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            ) AS "required_joint",
                                                            (
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            )
                                                            AND (
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                            ) AS "in_force",
                                                            COALESCE(
                                                              (
                                                                CASE
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 3
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 4
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NULL
                                                              )
                                                              AND COALESCE(
                                                                ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t75"."benefit"
                                                                )
                                                                OR ARRAY_CONTAINS(
                                                                  CASE
                                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                                  "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                                ),
                                                                FALSE
                                                              ),
                                                              FALSE
                                                            ) AS "_end_unconfirmed",
                                                            CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 6
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                            DATE_DIFF(
                                                              'DAY',
                                                              "t75"."start_date",
                                                              CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                                COALESCE(
                                                                  CASE
                                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                    THEN 6
                                                                    ELSE CAST(NULL AS BIGINT)
                                                                  END,
                                                                  0
                                                                )
                                                              ) AS TIMESTAMP) AS DATE)
                                                            ) AS "_needed"
                                                          FROM (
                                                            SELECT
                                                              "t67"."person_id",
                                                              "t67"."benefit",
                                                              "t67"."start_date",
                                                              "t67"."end_date",
                                                              "t67"."first_contact_date",
                                                              "t67"."target_group",
                                                              "t67"."first_absence_date",
                                                              "t67"."sickness_category",
                                                              "t67"."employed",
                                                              "t67"."handover_date",
                                                              "t67"."expected_absence_weeks",
                                                              "t67"."work_obligation",
                                                              "t67"."municipality",
                                                              "t67"."early_followup_request_date",
                                                              "t67"."education_order",
                                                              "t67"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t65"."_end"
                                                                END AS "end_date",
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
                                                                "t65"."periods"
                                                              FROM (
                                                                SELECT
                                                                  "t63"."person_id",
                                                                  "t63"."benefit",
                                                                  "t63"."_key",
                                                                  MAX("t63"."_end") AS "_end",
                                                                  COUNT(*) AS "periods",
                                                                  FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                  FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                  FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                  FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                  FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                  FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                  FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                  FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                  FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                  MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                  BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                FROM "t62" AS "t63"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3
                                                              ) AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                            ) AS "t67"
                                                            ANTI JOIN (
                                                              SELECT
                                                                "t69"."person_id" AS "_k_person_id",
                                                                "t69"."benefit" AS "_k_benefit",
                                                                "t69"."start_date" AS "_k_start_date"
                                                              FROM (
                                                                SELECT
                                                                  "t67"."person_id",
                                                                  "t67"."benefit",
                                                                  "t67"."start_date",
                                                                  "t67"."end_date",
                                                                  "t67"."first_contact_date",
                                                                  "t67"."target_group",
                                                                  "t67"."first_absence_date",
                                                                  "t67"."sickness_category",
                                                                  "t67"."employed",
                                                                  "t67"."handover_date",
                                                                  "t67"."expected_absence_weeks",
                                                                  "t67"."work_obligation",
                                                                  "t67"."municipality",
                                                                  "t67"."early_followup_request_date",
                                                                  "t67"."education_order",
                                                                  "t67"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t65"."person_id",
                                                                    "t65"."benefit",
                                                                    "t65"."_key" AS "start_date",
                                                                    CASE
                                                                      WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                      THEN CAST(NULL AS DATE)
                                                                      ELSE "t65"."_end"
                                                                    END AS "end_date",
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
                                                                    "t65"."periods"
                                                                  FROM (
                                                                    SELECT
                                                                      "t63"."person_id",
                                                                      "t63"."benefit",
                                                                      "t63"."_key",
                                                                      MAX("t63"."_end") AS "_end",
                                                                      COUNT(*) AS "periods",
                                                                      FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                      FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                      FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                      FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                      FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                      FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                      FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                      FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                      FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                      MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                      BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                    FROM "t62" AS "t63"
                                                                    GROUP BY
                                                                      1,
                                                                      2,
                                                                      3
                                                                  ) AS "t65"
                                                                  WHERE
                                                                    "t65"."benefit" IN ('dagpenge')
                                                                ) AS "t67"
                                                                SEMI JOIN (
                                                                  SELECT
                                                                    "t2"."person_id" AS "_mpid",
                                                                    "t2"."start_date" AS "_mstart"
                                                                  FROM "benefit_periods" AS "t2"
                                                                  WHERE
                                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                                ) AS "t10"
                                                                  ON "t67"."person_id" = "t10"."_mpid"
                                                                  AND "t10"."_mstart" >= "t67"."start_date"
                                                                  AND (
                                                                    (
                                                                      "t67"."end_date" IS NULL
                                                                    ) OR (
                                                                      "t10"."_mstart" <= "t67"."end_date"
                                                                    )
                                                                  )
                                                              ) AS "t69"
                                                              WHERE
                                                                CASE
                                                                  WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                  THEN 6
                                                                  WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN CAST(NULL AS BIGINT)
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END IS NOT NULL
                                                            ) AS "t73"
                                                              ON "t67"."person_id" = "t73"."_k_person_id"
                                                              AND "t67"."benefit" = "t73"."_k_benefit"
                                                              AND "t67"."start_date" = "t73"."_k_start_date"
                                                          ) AS "t75"
                                                        ) AS "t80"
                                                        LEFT OUTER JOIN (
                                                          SELECT
                                                            "t76"."person_id" AS "_ipid",
                                                            "t76"."benefit" AS "_ibenefit",
                                                            "t76"."start_date" AS "_istart",
                                                            "t76"."i_start" AS "_i_start",
                                                            "t76"."i_end" AS "_i_end",
                                                            "t76"."cum_before" AS "_cum"
                                                          FROM (
                                                            SELECT
                                                              "t74"."person_id",
                                                              "t74"."benefit",
                                                              "t74"."_key" AS "start_date",
                                                              "t74"."i_start",
                                                              "t74"."i_end",
                                                              CAST(COALESCE(
                                                                SUM("t74"."_len") OVER (
                                                                  PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                                  ORDER BY "t74"."i_start" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ),
                                                                0
                                                              ) AS INT) AS "cum_before"
                                                            FROM (
                                                              SELECT
                                                                "t71"."person_id",
                                                                "t71"."benefit",
                                                                "t71"."_key",
                                                                "t71"."_island",
                                                                "t71"."i_start",
                                                                "t71"."i_end",
                                                                CASE
                                                                  WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN 0
                                                                  ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                                END AS "_len"
                                                              FROM (
                                                                SELECT
                                                                  "t70"."person_id",
                                                                  "t70"."benefit",
                                                                  "t70"."_key",
                                                                  "t70"."_island",
                                                                  MIN("t70"."start_date") AS "i_start",
                                                                  MAX("t70"."_end") AS "i_end"
                                                                FROM (
                                                                  SELECT
                                                                    "t68"."person_id",
                                                                    "t68"."benefit",
                                                                    "t68"."start_date",
                                                                    "t68"."_end",
                                                                    "t68"."_key",
                                                                    "t68"."_acc",
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
                                                                    "t68"."_new",
                                                                    SUM("t68"."_new") OVER (
                                                                      PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                                      ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                    ) AS "_island"
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
                                                                      CASE
                                                                        WHEN MAX("t64"."_end") OVER (
                                                                          PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                          ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                        ) IS NULL
                                                                        THEN 1
                                                                        WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                          PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                          ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                        THEN 1
                                                                        ELSE 0
                                                                      END AS "_new"
                                                                    FROM (
                                                                      SELECT
                                                                        *
                                                                      FROM "t62" AS "t63"
                                                                      WHERE
                                                                        "t63"."_acc"
                                                                    ) AS "t64"
                                                                  ) AS "t68"
                                                                ) AS "t70"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3,
                                                                  4
                                                              ) AS "t71"
                                                            ) AS "t74"
                                                          ) AS "t76"
                                                        ) AS "t78"
                                                          ON "t80"."person_id" = "t78"."_ipid"
                                                          AND "t80"."benefit" = "t78"."_ibenefit"
                                                          AND "t80"."start_date" = "t78"."_istart"
                                                          AND "t78"."_cum" < "t80"."_needed"
                                                          AND (
                                                            (
                                                              "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                            )
                                                            OR (
                                                              (
                                                                "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                              ) >= "t80"."_needed"
                                                            )
                                                          )
                                                      ) AS "t81"
                                                    ) AS "t82"
                                                  ) AS "t83"
                                                ) AS "t84"
                                              ) AS "t85"
                                            ) AS "t88"
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
                                              ON "t88"."person_id" = "t9"."_pid"
                                              AND "t9"."_ex_start" <= "t88"."_to"
                                              AND "t9"."_ex_end" >= "t88"."_from"
                                          ) AS "t89"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t91"
                                          ON "t86"."person_id" = "t91"."person_id"
                                          AND "t86"."benefit" = "t91"."benefit"
                                          AND "t86"."start_date" = "t91"."start_date"
                                      ) AS "t92"
                                    ) AS "t93"
                                  ) AS "t95"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t76"."person_id" AS "_ipid",
                                      "t76"."benefit" AS "_ibenefit",
                                      "t76"."start_date" AS "_istart",
                                      "t76"."i_start" AS "_i_start",
                                      "t76"."i_end" AS "_i_end",
                                      "t76"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t74"."person_id",
                                        "t74"."benefit",
                                        "t74"."_key" AS "start_date",
                                        "t74"."i_start",
                                        "t74"."i_end",
                                        CAST(COALESCE(
                                          SUM("t74"."_len") OVER (
                                            PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                            ORDER BY "t74"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t71"."person_id",
                                          "t71"."benefit",
                                          "t71"."_key",
                                          "t71"."_island",
                                          "t71"."i_start",
                                          "t71"."i_end",
                                          CASE
                                            WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t70"."person_id",
                                            "t70"."benefit",
                                            "t70"."_key",
                                            "t70"."_island",
                                            MIN("t70"."start_date") AS "i_start",
                                            MAX("t70"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t68"."person_id",
                                              "t68"."benefit",
                                              "t68"."start_date",
                                              "t68"."_end",
                                              "t68"."_key",
                                              "t68"."_acc",
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
                                              "t68"."_new",
                                              SUM("t68"."_new") OVER (
                                                PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
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
                                                CASE
                                                  WHEN MAX("t64"."_end") OVER (
                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t62" AS "t63"
                                                WHERE
                                                  "t63"."_acc"
                                              ) AS "t64"
                                            ) AS "t68"
                                          ) AS "t70"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t71"
                                      ) AS "t74"
                                    ) AS "t76"
                                  ) AS "t78"
                                    ON "t95"."person_id" = "t78"."_ipid"
                                    AND "t95"."benefit" = "t78"."_ibenefit"
                                    AND "t95"."start_date" = "t78"."_istart"
                                    AND "t78"."_cum" < "t95"."_needed"
                                    AND (
                                      (
                                        "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                        ) >= "t95"."_needed"
                                      )
                                    )
                                ) AS "t96"
                              ) AS "t97"
                            ) AS "t98"
                          ) AS "t107"
                          INNER JOIN (
                            SELECT
                              *
                            FROM "conversations" AS "t0"
                            WHERE
                              "t0"."status" = 'afholdt'
                              AND COALESCE("t0"."individual", TRUE)
                              AND "t0"."date" <= CAST($as_of AS DATE)
                              AND "t0"."kind" IN ('jobsamtale', 'faellessamtale')
                          ) AS "t8"
                            ON "t107"."person_id" = "t8"."person_id"
                            AND "t8"."date" >= "t107"."_first"
                            AND "t8"."date" <= "t107"."_last"
                        ) AS "t109"
                        WHERE
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t109"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['jobcenter', 'anden_aktoer']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t109"."held_by"
                            ),
                            FALSE
                          )
                          AND COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t109"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN ['personligt', 'telefon', 'video']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t109"."form"
                            ),
                            FALSE
                          )
                      ) AS "t113"
                      INNER JOIN (
                        SELECT
                          "t98"."person_id",
                          "t98"."benefit",
                          "t98"."start_date",
                          "t98"."required" AS "_n",
                          "t98"."due_date" AS "_due"
                        FROM (
                          SELECT
                            "t97".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t96"."person_id",
                              "t96"."benefit",
                              "t96"."start_date",
                              "t96"."end_date",
                              "t96"."first_contact_date",
                              "t96"."target_group",
                              "t96"."first_absence_date",
                              "t96"."sickness_category",
                              "t96"."employed",
                              "t96"."handover_date",
                              "t96"."expected_absence_weeks",
                              "t96"."work_obligation",
                              "t96"."municipality",
                              "t96"."early_followup_request_date",
                              "t96"."education_order",
                              "t96"."periods",
                              "t96"."window_start",
                              "t96"."required",
                              "t96"."required_joint",
                              "t96"."in_force",
                              "t96"."_end_unconfirmed",
                              "t96"."due0",
                              "t96"."exempt_days",
                              "t96"."exempt_now",
                              "t96"."exemption_note",
                              "t96"."due_date",
                              "t96"."_plain",
                              "t96"."_needed",
                              "t96"."_ipid",
                              "t96"."_ibenefit",
                              "t96"."_istart",
                              "t96"."_i_start",
                              "t96"."_i_end",
                              "t96"."_cum",
                              CASE
                                WHEN "t96"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t96"."_plain"
                              END AS "_count_from"
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
                                "t95"."required",
                                "t95"."required_joint",
                                "t95"."in_force",
                                "t95"."_end_unconfirmed",
                                "t95"."due0",
                                "t95"."exempt_days",
                                "t95"."exempt_now",
                                "t95"."exemption_note",
                                "t95"."due_date",
                                "t95"."_plain",
                                "t95"."_needed",
                                "t78"."_ipid",
                                "t78"."_ibenefit",
                                "t78"."_istart",
                                "t78"."_i_start",
                                "t78"."_i_end",
                                "t78"."_cum"
                              FROM (
                                SELECT
                                  "t93"."person_id",
                                  "t93"."benefit",
                                  "t93"."start_date",
                                  "t93"."end_date",
                                  "t93"."first_contact_date",
                                  "t93"."target_group",
                                  "t93"."first_absence_date",
                                  "t93"."sickness_category",
                                  "t93"."employed",
                                  "t93"."handover_date",
                                  "t93"."expected_absence_weeks",
                                  "t93"."work_obligation",
                                  "t93"."municipality",
                                  "t93"."early_followup_request_date",
                                  "t93"."education_order",
                                  "t93"."periods",
                                  "t93"."window_start",
                                  "t93"."required",
                                  "t93"."required_joint",
                                  "t93"."in_force",
                                  "t93"."_end_unconfirmed",
                                  "t93"."due0",
                                  COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t93"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t93"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t93"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t93"."window_start",
                                    CAST(CAST("t93"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t92".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                      "t91"."person_id" AS "person_id_right",
                                      "t91"."benefit" AS "benefit_right",
                                      "t91"."start_date" AS "start_date_right",
                                      "t91"."exempt_days",
                                      "t91"."exempt_now",
                                      "t91"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t84".*
                                        EXCLUDE ("_point")
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
                                          "t83"."required",
                                          "t83"."required_joint",
                                          "t83"."in_force",
                                          "t83"."_end_unconfirmed",
                                          "t83"."_point",
                                          CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t82".*
                                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                          FROM (
                                            SELECT
                                              "t81"."person_id",
                                              "t81"."benefit",
                                              "t81"."start_date",
                                              "t81"."end_date",
                                              "t81"."first_contact_date",
                                              "t81"."target_group",
                                              "t81"."first_absence_date",
                                              "t81"."sickness_category",
                                              "t81"."employed",
                                              "t81"."handover_date",
                                              "t81"."expected_absence_weeks",
                                              "t81"."work_obligation",
                                              "t81"."municipality",
                                              "t81"."early_followup_request_date",
                                              "t81"."education_order",
                                              "t81"."periods",
                                              "t81"."window_start",
                                              "t81"."required",
                                              "t81"."required_joint",
                                              "t81"."in_force",
                                              "t81"."_end_unconfirmed",
                                              "t81"."_plain",
                                              "t81"."_needed",
                                              "t81"."_ipid",
                                              "t81"."_ibenefit",
                                              "t81"."_istart",
                                              "t81"."_i_start",
                                              "t81"."_i_end",
                                              "t81"."_cum",
                                              CASE
                                                WHEN "t81"."_i_start" IS NOT NULL
                                                THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                ELSE "t81"."_plain"
                                              END AS "_point"
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
                                                "t80"."required",
                                                "t80"."required_joint",
                                                "t80"."in_force",
                                                "t80"."_end_unconfirmed",
                                                "t80"."_plain",
                                                "t80"."_needed",
                                                "t78"."_ipid",
                                                "t78"."_ibenefit",
                                                "t78"."_istart",
                                                "t78"."_i_start",
                                                "t78"."_i_end",
                                                "t78"."_cum"
                                              FROM (
                                                SELECT
                                                  "t75"."person_id",
                                                  "t75"."benefit",
                                                  "t75"."start_date",
                                                  "t75"."end_date",
                                                  "t75"."first_contact_date",
                                                  "t75"."target_group",
                                                  "t75"."first_absence_date",
                                                  "t75"."sickness_category",
                                                  "t75"."employed",
                                                  "t75"."handover_date",
                                                  "t75"."expected_absence_weeks",
                                                  "t75"."work_obligation",
                                                  "t75"."municipality",
                                                  "t75"."early_followup_request_date",
                                                  "t75"."education_order",
                                                  "t75"."periods",
                                                  "t75"."start_date" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t75"."benefit"
                                                      )
                                                      OR ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                      ),
                                                      FALSE
                                                    ),
                                                    FALSE
                                                  ) AS "_end_unconfirmed",
                                                  CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t75"."start_date",
                                                    CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
                                                FROM (
                                                  SELECT
                                                    "t67"."person_id",
                                                    "t67"."benefit",
                                                    "t67"."start_date",
                                                    "t67"."end_date",
                                                    "t67"."first_contact_date",
                                                    "t67"."target_group",
                                                    "t67"."first_absence_date",
                                                    "t67"."sickness_category",
                                                    "t67"."employed",
                                                    "t67"."handover_date",
                                                    "t67"."expected_absence_weeks",
                                                    "t67"."work_obligation",
                                                    "t67"."municipality",
                                                    "t67"."early_followup_request_date",
                                                    "t67"."education_order",
                                                    "t67"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t65"."person_id",
                                                      "t65"."benefit",
                                                      "t65"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t65"."_end"
                                                      END AS "end_date",
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
                                                      "t65"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t63"."person_id",
                                                        "t63"."benefit",
                                                        "t63"."_key",
                                                        MAX("t63"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                        FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                        FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                        FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                        FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                        FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                        FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                        FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                        FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                        MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t62" AS "t63"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t65"
                                                    WHERE
                                                      "t65"."benefit" IN ('dagpenge')
                                                  ) AS "t67"
                                                  ANTI JOIN (
                                                    SELECT
                                                      "t69"."person_id" AS "_k_person_id",
                                                      "t69"."benefit" AS "_k_benefit",
                                                      "t69"."start_date" AS "_k_start_date"
                                                    FROM (
                                                      SELECT
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."start_date",
                                                        "t67"."end_date",
                                                        "t67"."first_contact_date",
                                                        "t67"."target_group",
                                                        "t67"."first_absence_date",
                                                        "t67"."sickness_category",
                                                        "t67"."employed",
                                                        "t67"."handover_date",
                                                        "t67"."expected_absence_weeks",
                                                        "t67"."work_obligation",
                                                        "t67"."municipality",
                                                        "t67"."early_followup_request_date",
                                                        "t67"."education_order",
                                                        "t67"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t65"."_end"
                                                          END AS "end_date",
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
                                                          "t65"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t63"."person_id",
                                                            "t63"."benefit",
                                                            "t63"."_key",
                                                            MAX("t63"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                            FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                            FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                            FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                            FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                            FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                            FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                            FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                            MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t62" AS "t63"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                      ) AS "t67"
                                                      SEMI JOIN (
                                                        SELECT
                                                          "t2"."person_id" AS "_mpid",
                                                          "t2"."start_date" AS "_mstart"
                                                        FROM "benefit_periods" AS "t2"
                                                        WHERE
                                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                      ) AS "t10"
                                                        ON "t67"."person_id" = "t10"."_mpid"
                                                        AND "t10"."_mstart" >= "t67"."start_date"
                                                        AND (
                                                          (
                                                            "t67"."end_date" IS NULL
                                                          ) OR (
                                                            "t10"."_mstart" <= "t67"."end_date"
                                                          )
                                                        )
                                                    ) AS "t69"
                                                    WHERE
                                                      CASE
                                                        WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 6
                                                        WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                  ) AS "t73"
                                                    ON "t67"."person_id" = "t73"."_k_person_id"
                                                    AND "t67"."benefit" = "t73"."_k_benefit"
                                                    AND "t67"."start_date" = "t73"."_k_start_date"
                                                ) AS "t75"
                                              ) AS "t80"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t76"."person_id" AS "_ipid",
                                                  "t76"."benefit" AS "_ibenefit",
                                                  "t76"."start_date" AS "_istart",
                                                  "t76"."i_start" AS "_i_start",
                                                  "t76"."i_end" AS "_i_end",
                                                  "t76"."cum_before" AS "_cum"
                                                FROM (
                                                  SELECT
                                                    "t74"."person_id",
                                                    "t74"."benefit",
                                                    "t74"."_key" AS "start_date",
                                                    "t74"."i_start",
                                                    "t74"."i_end",
                                                    CAST(COALESCE(
                                                      SUM("t74"."_len") OVER (
                                                        PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                        ORDER BY "t74"."i_start" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ),
                                                      0
                                                    ) AS INT) AS "cum_before"
                                                  FROM (
                                                    SELECT
                                                      "t71"."person_id",
                                                      "t71"."benefit",
                                                      "t71"."_key",
                                                      "t71"."_island",
                                                      "t71"."i_start",
                                                      "t71"."i_end",
                                                      CASE
                                                        WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t70"."person_id",
                                                        "t70"."benefit",
                                                        "t70"."_key",
                                                        "t70"."_island",
                                                        MIN("t70"."start_date") AS "i_start",
                                                        MAX("t70"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t68"."person_id",
                                                          "t68"."benefit",
                                                          "t68"."start_date",
                                                          "t68"."_end",
                                                          "t68"."_key",
                                                          "t68"."_acc",
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
                                                          "t68"."_new",
                                                          SUM("t68"."_new") OVER (
                                                            PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                            ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                          ) AS "_island"
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
                                                            CASE
                                                              WHEN MAX("t64"."_end") OVER (
                                                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) IS NULL
                                                              THEN 1
                                                              WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                              THEN 1
                                                              ELSE 0
                                                            END AS "_new"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "t62" AS "t63"
                                                            WHERE
                                                              "t63"."_acc"
                                                          ) AS "t64"
                                                        ) AS "t68"
                                                      ) AS "t70"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t71"
                                                  ) AS "t74"
                                                ) AS "t76"
                                              ) AS "t78"
                                                ON "t80"."person_id" = "t78"."_ipid"
                                                AND "t80"."benefit" = "t78"."_ibenefit"
                                                AND "t80"."start_date" = "t78"."_istart"
                                                AND "t78"."_cum" < "t80"."_needed"
                                                AND (
                                                  (
                                                    "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                    ) >= "t80"."_needed"
                                                  )
                                                )
                                            ) AS "t81"
                                          ) AS "t82"
                                        ) AS "t83"
                                      ) AS "t84"
                                    ) AS "t86"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t89"."_ex_start", "t89"."_from"),
                                            LEAST("t89"."_ex_end", "t89"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t89"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t89"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        LISTAGG(
                                          
                                            'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                            ', ' ORDER BY "t89"."_ex_start" ASC
                                          
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t88"."person_id",
                                          "t88"."benefit",
                                          "t88"."start_date",
                                          "t88"."_from",
                                          "t88"."_to",
                                          "t9"."_pid",
                                          "t9"."_ex_start",
                                          "t9"."_ex_end",
                                          "t9"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t85"."person_id",
                                            "t85"."benefit",
                                            "t85"."start_date",
                                            "t85"."window_start" AS "_from",
                                            "t85"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t84".*
                                              EXCLUDE ("_point")
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
                                                "t83"."required",
                                                "t83"."required_joint",
                                                "t83"."in_force",
                                                "t83"."_end_unconfirmed",
                                                "t83"."_point",
                                                CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t82".*
                                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                FROM (
                                                  SELECT
                                                    "t81"."person_id",
                                                    "t81"."benefit",
                                                    "t81"."start_date",
                                                    "t81"."end_date",
                                                    "t81"."first_contact_date",
                                                    "t81"."target_group",
                                                    "t81"."first_absence_date",
                                                    "t81"."sickness_category",
                                                    "t81"."employed",
                                                    "t81"."handover_date",
                                                    "t81"."expected_absence_weeks",
                                                    "t81"."work_obligation",
                                                    "t81"."municipality",
                                                    "t81"."early_followup_request_date",
                                                    "t81"."education_order",
                                                    "t81"."periods",
                                                    "t81"."window_start",
                                                    "t81"."required",
                                                    "t81"."required_joint",
                                                    "t81"."in_force",
                                                    "t81"."_end_unconfirmed",
                                                    "t81"."_plain",
                                                    "t81"."_needed",
                                                    "t81"."_ipid",
                                                    "t81"."_ibenefit",
                                                    "t81"."_istart",
                                                    "t81"."_i_start",
                                                    "t81"."_i_end",
                                                    "t81"."_cum",
                                                    CASE
                                                      WHEN "t81"."_i_start" IS NOT NULL
                                                      THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                      ELSE "t81"."_plain"
                                                    END AS "_point"
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
                                                      "t80"."required",
                                                      "t80"."required_joint",
                                                      "t80"."in_force",
                                                      "t80"."_end_unconfirmed",
                                                      "t80"."_plain",
                                                      "t80"."_needed",
                                                      "t78"."_ipid",
                                                      "t78"."_ibenefit",
                                                      "t78"."_istart",
                                                      "t78"."_i_start",
                                                      "t78"."_i_end",
                                                      "t78"."_cum"
                                                    FROM (
                                                      SELECT
                                                        "t75"."person_id",
                                                        "t75"."benefit",
                                                        "t75"."start_date",
                                                        "t75"."end_date",
                                                        "t75"."first_contact_date",
                                                        "t75"."target_group",
                                                        "t75"."first_absence_date",
                                                        "t75"."sickness_category",
                                                        "t75"."employed",
                                                        "t75"."handover_date",
                                                        "t75"."expected_absence_weeks",
                                                        "t75"."work_obligation",
                                                        "t75"."municipality",
                                                        "t75"."early_followup_request_date",
                                                        "t75"."education_order",
                                                        "t75"."periods",
                                                        "t75"."start_date" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t75"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t75"."start_date",
                                                          CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
                                                      FROM (
                                                        SELECT
                                                          "t67"."person_id",
                                                          "t67"."benefit",
                                                          "t67"."start_date",
                                                          "t67"."end_date",
                                                          "t67"."first_contact_date",
                                                          "t67"."target_group",
                                                          "t67"."first_absence_date",
                                                          "t67"."sickness_category",
                                                          "t67"."employed",
                                                          "t67"."handover_date",
                                                          "t67"."expected_absence_weeks",
                                                          "t67"."work_obligation",
                                                          "t67"."municipality",
                                                          "t67"."early_followup_request_date",
                                                          "t67"."education_order",
                                                          "t67"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t65"."_end"
                                                            END AS "end_date",
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
                                                            "t65"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t63"."person_id",
                                                              "t63"."benefit",
                                                              "t63"."_key",
                                                              MAX("t63"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                              FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                              FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                              FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                              FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                              FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                              FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                              FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                              FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                              MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t62" AS "t63"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t65"
                                                          WHERE
                                                            "t65"."benefit" IN ('dagpenge')
                                                        ) AS "t67"
                                                        ANTI JOIN (
                                                          SELECT
                                                            "t69"."person_id" AS "_k_person_id",
                                                            "t69"."benefit" AS "_k_benefit",
                                                            "t69"."start_date" AS "_k_start_date"
                                                          FROM (
                                                            SELECT
                                                              "t67"."person_id",
                                                              "t67"."benefit",
                                                              "t67"."start_date",
                                                              "t67"."end_date",
                                                              "t67"."first_contact_date",
                                                              "t67"."target_group",
                                                              "t67"."first_absence_date",
                                                              "t67"."sickness_category",
                                                              "t67"."employed",
                                                              "t67"."handover_date",
                                                              "t67"."expected_absence_weeks",
                                                              "t67"."work_obligation",
                                                              "t67"."municipality",
                                                              "t67"."early_followup_request_date",
                                                              "t67"."education_order",
                                                              "t67"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t65"."person_id",
                                                                "t65"."benefit",
                                                                "t65"."_key" AS "start_date",
                                                                CASE
                                                                  WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                  THEN CAST(NULL AS DATE)
                                                                  ELSE "t65"."_end"
                                                                END AS "end_date",
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
                                                                "t65"."periods"
                                                              FROM (
                                                                SELECT
                                                                  "t63"."person_id",
                                                                  "t63"."benefit",
                                                                  "t63"."_key",
                                                                  MAX("t63"."_end") AS "_end",
                                                                  COUNT(*) AS "periods",
                                                                  FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                  FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                  FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                  FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                  FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                  FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                  FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                  FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                  FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                  MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                  BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                FROM "t62" AS "t63"
                                                                GROUP BY
                                                                  1,
                                                                  2,
                                                                  3
                                                              ) AS "t65"
                                                              WHERE
                                                                "t65"."benefit" IN ('dagpenge')
                                                            ) AS "t67"
                                                            SEMI JOIN (
                                                              SELECT
                                                                "t2"."person_id" AS "_mpid",
                                                                "t2"."start_date" AS "_mstart"
                                                              FROM "benefit_periods" AS "t2"
                                                              WHERE
                                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                            ) AS "t10"
                                                              ON "t67"."person_id" = "t10"."_mpid"
                                                              AND "t10"."_mstart" >= "t67"."start_date"
                                                              AND (
                                                                (
                                                                  "t67"."end_date" IS NULL
                                                                ) OR (
                                                                  "t10"."_mstart" <= "t67"."end_date"
                                                                )
                                                              )
                                                          ) AS "t69"
                                                          WHERE
                                                            CASE
                                                              WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 6
                                                              WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                        ) AS "t73"
                                                          ON "t67"."person_id" = "t73"."_k_person_id"
                                                          AND "t67"."benefit" = "t73"."_k_benefit"
                                                          AND "t67"."start_date" = "t73"."_k_start_date"
                                                      ) AS "t75"
                                                    ) AS "t80"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t76"."person_id" AS "_ipid",
                                                        "t76"."benefit" AS "_ibenefit",
                                                        "t76"."start_date" AS "_istart",
                                                        "t76"."i_start" AS "_i_start",
                                                        "t76"."i_end" AS "_i_end",
                                                        "t76"."cum_before" AS "_cum"
                                                      FROM (
                                                        SELECT
                                                          "t74"."person_id",
                                                          "t74"."benefit",
                                                          "t74"."_key" AS "start_date",
                                                          "t74"."i_start",
                                                          "t74"."i_end",
                                                          CAST(COALESCE(
                                                            SUM("t74"."_len") OVER (
                                                              PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                              ORDER BY "t74"."i_start" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ),
                                                            0
                                                          ) AS INT) AS "cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t71"."person_id",
                                                            "t71"."benefit",
                                                            "t71"."_key",
                                                            "t71"."_island",
                                                            "t71"."i_start",
                                                            "t71"."i_end",
                                                            CASE
                                                              WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t70"."person_id",
                                                              "t70"."benefit",
                                                              "t70"."_key",
                                                              "t70"."_island",
                                                              MIN("t70"."start_date") AS "i_start",
                                                              MAX("t70"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t68"."person_id",
                                                                "t68"."benefit",
                                                                "t68"."start_date",
                                                                "t68"."_end",
                                                                "t68"."_key",
                                                                "t68"."_acc",
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
                                                                "t68"."_new",
                                                                SUM("t68"."_new") OVER (
                                                                  PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                                  ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "_island"
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
                                                                  CASE
                                                                    WHEN MAX("t64"."_end") OVER (
                                                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) IS NULL
                                                                    THEN 1
                                                                    WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                      PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                      ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                    THEN 1
                                                                    ELSE 0
                                                                  END AS "_new"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM "t62" AS "t63"
                                                                  WHERE
                                                                    "t63"."_acc"
                                                                ) AS "t64"
                                                              ) AS "t68"
                                                            ) AS "t70"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t71"
                                                        ) AS "t74"
                                                      ) AS "t76"
                                                    ) AS "t78"
                                                      ON "t80"."person_id" = "t78"."_ipid"
                                                      AND "t80"."benefit" = "t78"."_ibenefit"
                                                      AND "t80"."start_date" = "t78"."_istart"
                                                      AND "t78"."_cum" < "t80"."_needed"
                                                      AND (
                                                        (
                                                          "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                          ) >= "t80"."_needed"
                                                        )
                                                      )
                                                  ) AS "t81"
                                                ) AS "t82"
                                              ) AS "t83"
                                            ) AS "t84"
                                          ) AS "t85"
                                        ) AS "t88"
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
                                          ON "t88"."person_id" = "t9"."_pid"
                                          AND "t9"."_ex_start" <= "t88"."_to"
                                          AND "t9"."_ex_end" >= "t88"."_from"
                                      ) AS "t89"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t91"
                                      ON "t86"."person_id" = "t91"."person_id"
                                      AND "t86"."benefit" = "t91"."benefit"
                                      AND "t86"."start_date" = "t91"."start_date"
                                  ) AS "t92"
                                ) AS "t93"
                              ) AS "t95"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t76"."person_id" AS "_ipid",
                                  "t76"."benefit" AS "_ibenefit",
                                  "t76"."start_date" AS "_istart",
                                  "t76"."i_start" AS "_i_start",
                                  "t76"."i_end" AS "_i_end",
                                  "t76"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t74"."person_id",
                                    "t74"."benefit",
                                    "t74"."_key" AS "start_date",
                                    "t74"."i_start",
                                    "t74"."i_end",
                                    CAST(COALESCE(
                                      SUM("t74"."_len") OVER (
                                        PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                        ORDER BY "t74"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t71"."person_id",
                                      "t71"."benefit",
                                      "t71"."_key",
                                      "t71"."_island",
                                      "t71"."i_start",
                                      "t71"."i_end",
                                      CASE
                                        WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t70"."person_id",
                                        "t70"."benefit",
                                        "t70"."_key",
                                        "t70"."_island",
                                        MIN("t70"."start_date") AS "i_start",
                                        MAX("t70"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t68"."person_id",
                                          "t68"."benefit",
                                          "t68"."start_date",
                                          "t68"."_end",
                                          "t68"."_key",
                                          "t68"."_acc",
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
                                          "t68"."_new",
                                          SUM("t68"."_new") OVER (
                                            PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                            ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
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
                                            CASE
                                              WHEN MAX("t64"."_end") OVER (
                                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t62" AS "t63"
                                            WHERE
                                              "t63"."_acc"
                                          ) AS "t64"
                                        ) AS "t68"
                                      ) AS "t70"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t71"
                                  ) AS "t74"
                                ) AS "t76"
                              ) AS "t78"
                                ON "t95"."person_id" = "t78"."_ipid"
                                AND "t95"."benefit" = "t78"."_ibenefit"
                                AND "t95"."start_date" = "t78"."_istart"
                                AND "t78"."_cum" < "t95"."_needed"
                                AND (
                                  (
                                    "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                    ) >= "t95"."_needed"
                                  )
                                )
                            ) AS "t96"
                          ) AS "t97"
                        ) AS "t98"
                      ) AS "t103"
                        ON "t113"."person_id" = "t103"."person_id"
                        AND "t113"."benefit" = "t103"."benefit"
                        AND "t113"."start_date" = "t103"."start_date"
                    ) AS "t115"
                  ) AS "t117"
                  WHERE
                    "t117"."_rank" < "t117"."_n"
                ) AS "t119"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t121"
            ) AS "t123"
          ) AS "t126"
            ON "t99"."person_id" = "t126"."person_id"
            AND "t99"."benefit" = "t126"."benefit"
            AND "t99"."start_date" = "t126"."start_date"
        ) AS "t129"
      ) AS "t131"
      LEFT OUTER JOIN (
        SELECT
          "t124"."person_id",
          "t124"."benefit",
          "t124"."start_date",
          "t124"."nth_date" AS "joint_date",
          "t124"."in_window" AS "joint_in_window"
        FROM (
          SELECT
            "t122".*
            EXCLUDE ("_need")
          FROM (
            SELECT
              "t120"."person_id",
              "t120"."benefit",
              "t120"."start_date",
              CASE
                WHEN "t120"."counted" >= "t120"."_need"
                THEN "t120"."nth_date"
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              "t120"."counted",
              "t120"."in_window",
              "t120"."listed",
              "t120"."_need"
            FROM (
              SELECT
                "t118"."person_id",
                "t118"."benefit",
                "t118"."start_date",
                MAX("t118"."date") AS "nth_date",
                COUNT(*) AS "counted",
                SUM(CAST("t118"."date" <= "t118"."_due" AS INT)) AS "in_window",
                LISTAGG("t118"."description", ', ' ORDER BY "t118"."date" ASC) AS "listed",
                MAX("t118"."_n") AS "_need"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t114"."person_id",
                    "t114"."benefit",
                    "t114"."start_date",
                    "t114"."date",
                    "t114"."description",
                    "t114"."_n",
                    "t114"."_due",
                    ROW_NUMBER() OVER (
                      PARTITION BY "t114"."person_id", "t114"."benefit", "t114"."start_date"
                      ORDER BY "t114"."date" ASC, "t114"."description" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                    ) - 1 AS "_rank"
                  FROM (
                    SELECT
                      "t112"."person_id",
                      "t112"."benefit",
                      "t112"."start_date",
                      "t112"."date",
                      "t112"."description",
                      "t102"."_n",
                      "t102"."_due"
                    FROM (
                      SELECT
                        "t108"."person_id",
                        "t108"."benefit",
                        "t108"."start_date",
                        "t108"."date",
                        "t108"."kind" || ' ' || CAST("t108"."date" AS TEXT) || ' (' || "t108"."form" || ', ' || "t108"."held_by" || ')' AS "description"
                      FROM (
                        SELECT
                          "t106"."person_id",
                          "t106"."benefit",
                          "t106"."start_date",
                          "t106"."window_start",
                          "t106"."_first",
                          "t106"."_last",
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
                            "t98"."person_id",
                            "t98"."benefit",
                            "t98"."start_date",
                            "t98"."window_start",
                            "t98"."window_start" AS "_first",
                            COALESCE("t98"."end_date", CAST($as_of AS DATE)) AS "_last"
                          FROM (
                            SELECT
                              "t97".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                            FROM (
                              SELECT
                                "t96"."person_id",
                                "t96"."benefit",
                                "t96"."start_date",
                                "t96"."end_date",
                                "t96"."first_contact_date",
                                "t96"."target_group",
                                "t96"."first_absence_date",
                                "t96"."sickness_category",
                                "t96"."employed",
                                "t96"."handover_date",
                                "t96"."expected_absence_weeks",
                                "t96"."work_obligation",
                                "t96"."municipality",
                                "t96"."early_followup_request_date",
                                "t96"."education_order",
                                "t96"."periods",
                                "t96"."window_start",
                                "t96"."required",
                                "t96"."required_joint",
                                "t96"."in_force",
                                "t96"."_end_unconfirmed",
                                "t96"."due0",
                                "t96"."exempt_days",
                                "t96"."exempt_now",
                                "t96"."exemption_note",
                                "t96"."due_date",
                                "t96"."_plain",
                                "t96"."_needed",
                                "t96"."_ipid",
                                "t96"."_ibenefit",
                                "t96"."_istart",
                                "t96"."_i_start",
                                "t96"."_i_end",
                                "t96"."_cum",
                                CASE
                                  WHEN "t96"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t96"."_plain"
                                END AS "_count_from"
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
                                  "t95"."required",
                                  "t95"."required_joint",
                                  "t95"."in_force",
                                  "t95"."_end_unconfirmed",
                                  "t95"."due0",
                                  "t95"."exempt_days",
                                  "t95"."exempt_now",
                                  "t95"."exemption_note",
                                  "t95"."due_date",
                                  "t95"."_plain",
                                  "t95"."_needed",
                                  "t78"."_ipid",
                                  "t78"."_ibenefit",
                                  "t78"."_istart",
                                  "t78"."_i_start",
                                  "t78"."_i_end",
                                  "t78"."_cum"
                                FROM (
                                  SELECT
                                    "t93"."person_id",
                                    "t93"."benefit",
                                    "t93"."start_date",
                                    "t93"."end_date",
                                    "t93"."first_contact_date",
                                    "t93"."target_group",
                                    "t93"."first_absence_date",
                                    "t93"."sickness_category",
                                    "t93"."employed",
                                    "t93"."handover_date",
                                    "t93"."expected_absence_weeks",
                                    "t93"."work_obligation",
                                    "t93"."municipality",
                                    "t93"."early_followup_request_date",
                                    "t93"."education_order",
                                    "t93"."periods",
                                    "t93"."window_start",
                                    "t93"."required",
                                    "t93"."required_joint",
                                    "t93"."in_force",
                                    "t93"."_end_unconfirmed",
                                    "t93"."due0",
                                    COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                    COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                    COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                    CAST(CAST("t93"."due0" + TO_DAYS(
                                      CASE
                                        WHEN COALESCE(
                                          CASE
                                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN TRUE
                                            ELSE CAST(NULL AS BOOLEAN)
                                          END,
                                          FALSE
                                        )
                                        THEN COALESCE("t93"."exempt_days", 0)
                                        ELSE 0
                                      END
                                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                                    CAST(CAST("t93"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t93"."window_start",
                                      CAST(CAST("t93"."window_start" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                            THEN 0
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
                                  FROM (
                                    SELECT
                                      "t92".*
                                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                        "t91"."person_id" AS "person_id_right",
                                        "t91"."benefit" AS "benefit_right",
                                        "t91"."start_date" AS "start_date_right",
                                        "t91"."exempt_days",
                                        "t91"."exempt_now",
                                        "t91"."exemption_note"
                                      FROM (
                                        SELECT
                                          "t84".*
                                          EXCLUDE ("_point")
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
                                            "t83"."required",
                                            "t83"."required_joint",
                                            "t83"."in_force",
                                            "t83"."_end_unconfirmed",
                                            "t83"."_point",
                                            CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t82".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                            FROM (
                                              SELECT
                                                "t81"."person_id",
                                                "t81"."benefit",
                                                "t81"."start_date",
                                                "t81"."end_date",
                                                "t81"."first_contact_date",
                                                "t81"."target_group",
                                                "t81"."first_absence_date",
                                                "t81"."sickness_category",
                                                "t81"."employed",
                                                "t81"."handover_date",
                                                "t81"."expected_absence_weeks",
                                                "t81"."work_obligation",
                                                "t81"."municipality",
                                                "t81"."early_followup_request_date",
                                                "t81"."education_order",
                                                "t81"."periods",
                                                "t81"."window_start",
                                                "t81"."required",
                                                "t81"."required_joint",
                                                "t81"."in_force",
                                                "t81"."_end_unconfirmed",
                                                "t81"."_plain",
                                                "t81"."_needed",
                                                "t81"."_ipid",
                                                "t81"."_ibenefit",
                                                "t81"."_istart",
                                                "t81"."_i_start",
                                                "t81"."_i_end",
                                                "t81"."_cum",
                                                CASE
                                                  WHEN "t81"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t81"."_plain"
                                                END AS "_point"
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
                                                  "t80"."required",
                                                  "t80"."required_joint",
                                                  "t80"."in_force",
                                                  "t80"."_end_unconfirmed",
                                                  "t80"."_plain",
                                                  "t80"."_needed",
                                                  "t78"."_ipid",
                                                  "t78"."_ibenefit",
                                                  "t78"."_istart",
                                                  "t78"."_i_start",
                                                  "t78"."_i_end",
                                                  "t78"."_cum"
                                                FROM (
                                                  SELECT
                                                    "t75"."person_id",
                                                    "t75"."benefit",
                                                    "t75"."start_date",
                                                    "t75"."end_date",
                                                    "t75"."first_contact_date",
                                                    "t75"."target_group",
                                                    "t75"."first_absence_date",
                                                    "t75"."sickness_category",
                                                    "t75"."employed",
                                                    "t75"."handover_date",
                                                    "t75"."expected_absence_weeks",
                                                    "t75"."work_obligation",
                                                    "t75"."municipality",
                                                    "t75"."early_followup_request_date",
                                                    "t75"."education_order",
                                                    "t75"."periods",
                                                    "t75"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t75"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t75"."start_date",
                                                      CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
                                                  FROM (
                                                    SELECT
                                                      "t67"."person_id",
                                                      "t67"."benefit",
                                                      "t67"."start_date",
                                                      "t67"."end_date",
                                                      "t67"."first_contact_date",
                                                      "t67"."target_group",
                                                      "t67"."first_absence_date",
                                                      "t67"."sickness_category",
                                                      "t67"."employed",
                                                      "t67"."handover_date",
                                                      "t67"."expected_absence_weeks",
                                                      "t67"."work_obligation",
                                                      "t67"."municipality",
                                                      "t67"."early_followup_request_date",
                                                      "t67"."education_order",
                                                      "t67"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t65"."person_id",
                                                        "t65"."benefit",
                                                        "t65"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t65"."_end"
                                                        END AS "end_date",
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
                                                        "t65"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t63"."person_id",
                                                          "t63"."benefit",
                                                          "t63"."_key",
                                                          MAX("t63"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                          FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                          FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                          FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                          FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                          FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                          FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                          FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                          FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                          MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t62" AS "t63"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t65"
                                                      WHERE
                                                        "t65"."benefit" IN ('dagpenge')
                                                    ) AS "t67"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t69"."person_id" AS "_k_person_id",
                                                        "t69"."benefit" AS "_k_benefit",
                                                        "t69"."start_date" AS "_k_start_date"
                                                      FROM (
                                                        SELECT
                                                          "t67"."person_id",
                                                          "t67"."benefit",
                                                          "t67"."start_date",
                                                          "t67"."end_date",
                                                          "t67"."first_contact_date",
                                                          "t67"."target_group",
                                                          "t67"."first_absence_date",
                                                          "t67"."sickness_category",
                                                          "t67"."employed",
                                                          "t67"."handover_date",
                                                          "t67"."expected_absence_weeks",
                                                          "t67"."work_obligation",
                                                          "t67"."municipality",
                                                          "t67"."early_followup_request_date",
                                                          "t67"."education_order",
                                                          "t67"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t65"."person_id",
                                                            "t65"."benefit",
                                                            "t65"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t65"."_end"
                                                            END AS "end_date",
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
                                                            "t65"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t63"."person_id",
                                                              "t63"."benefit",
                                                              "t63"."_key",
                                                              MAX("t63"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                              FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                              FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                              FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                              FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                              FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                              FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                              FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                              FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                              MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t62" AS "t63"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t65"
                                                          WHERE
                                                            "t65"."benefit" IN ('dagpenge')
                                                        ) AS "t67"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t10"
                                                          ON "t67"."person_id" = "t10"."_mpid"
                                                          AND "t10"."_mstart" >= "t67"."start_date"
                                                          AND (
                                                            (
                                                              "t67"."end_date" IS NULL
                                                            ) OR (
                                                              "t10"."_mstart" <= "t67"."end_date"
                                                            )
                                                          )
                                                      ) AS "t69"
                                                      WHERE
                                                        CASE
                                                          WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t73"
                                                      ON "t67"."person_id" = "t73"."_k_person_id"
                                                      AND "t67"."benefit" = "t73"."_k_benefit"
                                                      AND "t67"."start_date" = "t73"."_k_start_date"
                                                  ) AS "t75"
                                                ) AS "t80"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t76"."person_id" AS "_ipid",
                                                    "t76"."benefit" AS "_ibenefit",
                                                    "t76"."start_date" AS "_istart",
                                                    "t76"."i_start" AS "_i_start",
                                                    "t76"."i_end" AS "_i_end",
                                                    "t76"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t74"."person_id",
                                                      "t74"."benefit",
                                                      "t74"."_key" AS "start_date",
                                                      "t74"."i_start",
                                                      "t74"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t74"."_len") OVER (
                                                          PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                          ORDER BY "t74"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t71"."person_id",
                                                        "t71"."benefit",
                                                        "t71"."_key",
                                                        "t71"."_island",
                                                        "t71"."i_start",
                                                        "t71"."i_end",
                                                        CASE
                                                          WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t70"."person_id",
                                                          "t70"."benefit",
                                                          "t70"."_key",
                                                          "t70"."_island",
                                                          MIN("t70"."start_date") AS "i_start",
                                                          MAX("t70"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t68"."person_id",
                                                            "t68"."benefit",
                                                            "t68"."start_date",
                                                            "t68"."_end",
                                                            "t68"."_key",
                                                            "t68"."_acc",
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
                                                            "t68"."_new",
                                                            SUM("t68"."_new") OVER (
                                                              PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                              ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
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
                                                              CASE
                                                                WHEN MAX("t64"."_end") OVER (
                                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t62" AS "t63"
                                                              WHERE
                                                                "t63"."_acc"
                                                            ) AS "t64"
                                                          ) AS "t68"
                                                        ) AS "t70"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t71"
                                                    ) AS "t74"
                                                  ) AS "t76"
                                                ) AS "t78"
                                                  ON "t80"."person_id" = "t78"."_ipid"
                                                  AND "t80"."benefit" = "t78"."_ibenefit"
                                                  AND "t80"."start_date" = "t78"."_istart"
                                                  AND "t78"."_cum" < "t80"."_needed"
                                                  AND (
                                                    (
                                                      "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                      ) >= "t80"."_needed"
                                                    )
                                                  )
                                              ) AS "t81"
                                            ) AS "t82"
                                          ) AS "t83"
                                        ) AS "t84"
                                      ) AS "t86"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t89"."person_id",
                                          "t89"."benefit",
                                          "t89"."start_date",
                                          CAST(SUM(
                                            DATE_DIFF(
                                              'DAY',
                                              GREATEST("t89"."_ex_start", "t89"."_from"),
                                              LEAST("t89"."_ex_end", "t89"."_to")
                                            ) + 1
                                          ) AS INT) AS "exempt_days",
                                          BOOL_OR(
                                            CAST((
                                              "t89"."_ex_start" <= CAST($as_of AS DATE)
                                            )
                                            AND (
                                              "t89"."_ex_end" >= CAST($as_of AS DATE)
                                            ) AS BOOLEAN)
                                          ) AS "exempt_now",
                                          LISTAGG(
                                            
                                              'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                              ', ' ORDER BY "t89"."_ex_start" ASC
                                            
                                          ) AS "exemption_note"
                                        FROM (
                                          SELECT
                                            "t88"."person_id",
                                            "t88"."benefit",
                                            "t88"."start_date",
                                            "t88"."_from",
                                            "t88"."_to",
                                            "t9"."_pid",
                                            "t9"."_ex_start",
                                            "t9"."_ex_end",
                                            "t9"."_ex_reason"
                                          FROM (
                                            SELECT
                                              "t85"."person_id",
                                              "t85"."benefit",
                                              "t85"."start_date",
                                              "t85"."window_start" AS "_from",
                                              "t85"."due0" AS "_to"
                                            FROM (
                                              SELECT
                                                "t84".*
                                                EXCLUDE ("_point")
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
                                                  "t83"."required",
                                                  "t83"."required_joint",
                                                  "t83"."in_force",
                                                  "t83"."_end_unconfirmed",
                                                  "t83"."_point",
                                                  CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                                FROM (
                                                  SELECT
                                                    "t82".*
                                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                                  FROM (
                                                    SELECT
                                                      "t81"."person_id",
                                                      "t81"."benefit",
                                                      "t81"."start_date",
                                                      "t81"."end_date",
                                                      "t81"."first_contact_date",
                                                      "t81"."target_group",
                                                      "t81"."first_absence_date",
                                                      "t81"."sickness_category",
                                                      "t81"."employed",
                                                      "t81"."handover_date",
                                                      "t81"."expected_absence_weeks",
                                                      "t81"."work_obligation",
                                                      "t81"."municipality",
                                                      "t81"."early_followup_request_date",
                                                      "t81"."education_order",
                                                      "t81"."periods",
                                                      "t81"."window_start",
                                                      "t81"."required",
                                                      "t81"."required_joint",
                                                      "t81"."in_force",
                                                      "t81"."_end_unconfirmed",
                                                      "t81"."_plain",
                                                      "t81"."_needed",
                                                      "t81"."_ipid",
                                                      "t81"."_ibenefit",
                                                      "t81"."_istart",
                                                      "t81"."_i_start",
                                                      "t81"."_i_end",
                                                      "t81"."_cum",
                                                      CASE
                                                        WHEN "t81"."_i_start" IS NOT NULL
                                                        THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                        ELSE "t81"."_plain"
                                                      END AS "_point"
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
                                                        "t80"."required",
                                                        "t80"."required_joint",
                                                        "t80"."in_force",
                                                        "t80"."_end_unconfirmed",
                                                        "t80"."_plain",
                                                        "t80"."_needed",
                                                        "t78"."_ipid",
                                                        "t78"."_ibenefit",
                                                        "t78"."_istart",
                                                        "t78"."_i_start",
                                                        "t78"."_i_end",
                                                        "t78"."_cum"
                                                      FROM (
                                                        SELECT
                                                          "t75"."person_id",
                                                          "t75"."benefit",
                                                          "t75"."start_date",
                                                          "t75"."end_date",
                                                          "t75"."first_contact_date",
                                                          "t75"."target_group",
                                                          "t75"."first_absence_date",
                                                          "t75"."sickness_category",
                                                          "t75"."employed",
                                                          "t75"."handover_date",
                                                          "t75"."expected_absence_weeks",
                                                          "t75"."work_obligation",
                                                          "t75"."municipality",
                                                          "t75"."early_followup_request_date",
                                                          "t75"."education_order",
                                                          "t75"."periods",
                                                          "t75"."start_date" AS "window_start",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) + COALESCE(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required",
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 0
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 0
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          ) AS "required_joint",
                                                          (
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          )
                                                          AND (
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                          ) AS "in_force",
                                                          COALESCE(
                                                            (
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 3
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 4
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NULL
                                                            )
                                                            AND COALESCE(
                                                              ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t75"."benefit"
                                                              )
                                                              OR ARRAY_CONTAINS(
                                                                CASE
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                                "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                              ),
                                                              FALSE
                                                            ),
                                                            FALSE
                                                          ) AS "_end_unconfirmed",
                                                          CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                          DATE_DIFF(
                                                            'DAY',
                                                            "t75"."start_date",
                                                            CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                              COALESCE(
                                                                CASE
                                                                  WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                  THEN 6
                                                                  ELSE CAST(NULL AS BIGINT)
                                                                END,
                                                                0
                                                              )
                                                            ) AS TIMESTAMP) AS DATE)
                                                          ) AS "_needed"
                                                        FROM (
                                                          SELECT
                                                            "t67"."person_id",
                                                            "t67"."benefit",
                                                            "t67"."start_date",
                                                            "t67"."end_date",
                                                            "t67"."first_contact_date",
                                                            "t67"."target_group",
                                                            "t67"."first_absence_date",
                                                            "t67"."sickness_category",
                                                            "t67"."employed",
                                                            "t67"."handover_date",
                                                            "t67"."expected_absence_weeks",
                                                            "t67"."work_obligation",
                                                            "t67"."municipality",
                                                            "t67"."early_followup_request_date",
                                                            "t67"."education_order",
                                                            "t67"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t65"."_end"
                                                              END AS "end_date",
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
                                                              "t65"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t63"."person_id",
                                                                "t63"."benefit",
                                                                "t63"."_key",
                                                                MAX("t63"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t62" AS "t63"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t65"
                                                            WHERE
                                                              "t65"."benefit" IN ('dagpenge')
                                                          ) AS "t67"
                                                          ANTI JOIN (
                                                            SELECT
                                                              "t69"."person_id" AS "_k_person_id",
                                                              "t69"."benefit" AS "_k_benefit",
                                                              "t69"."start_date" AS "_k_start_date"
                                                            FROM (
                                                              SELECT
                                                                "t67"."person_id",
                                                                "t67"."benefit",
                                                                "t67"."start_date",
                                                                "t67"."end_date",
                                                                "t67"."first_contact_date",
                                                                "t67"."target_group",
                                                                "t67"."first_absence_date",
                                                                "t67"."sickness_category",
                                                                "t67"."employed",
                                                                "t67"."handover_date",
                                                                "t67"."expected_absence_weeks",
                                                                "t67"."work_obligation",
                                                                "t67"."municipality",
                                                                "t67"."early_followup_request_date",
                                                                "t67"."education_order",
                                                                "t67"."periods"
                                                              FROM (
                                                                SELECT
                                                                  "t65"."person_id",
                                                                  "t65"."benefit",
                                                                  "t65"."_key" AS "start_date",
                                                                  CASE
                                                                    WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                    THEN CAST(NULL AS DATE)
                                                                    ELSE "t65"."_end"
                                                                  END AS "end_date",
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
                                                                  "t65"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t63"."person_id",
                                                                    "t63"."benefit",
                                                                    "t63"."_key",
                                                                    MAX("t63"."_end") AS "_end",
                                                                    COUNT(*) AS "periods",
                                                                    FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                    FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                    FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                    FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                    FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                    FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                    FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                    FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                    FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                    MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                    BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                  FROM "t62" AS "t63"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3
                                                                ) AS "t65"
                                                                WHERE
                                                                  "t65"."benefit" IN ('dagpenge')
                                                              ) AS "t67"
                                                              SEMI JOIN (
                                                                SELECT
                                                                  "t2"."person_id" AS "_mpid",
                                                                  "t2"."start_date" AS "_mstart"
                                                                FROM "benefit_periods" AS "t2"
                                                                WHERE
                                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                              ) AS "t10"
                                                                ON "t67"."person_id" = "t10"."_mpid"
                                                                AND "t10"."_mstart" >= "t67"."start_date"
                                                                AND (
                                                                  (
                                                                    "t67"."end_date" IS NULL
                                                                  ) OR (
                                                                    "t10"."_mstart" <= "t67"."end_date"
                                                                  )
                                                                )
                                                            ) AS "t69"
                                                            WHERE
                                                              CASE
                                                                WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                                THEN 6
                                                                WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN CAST(NULL AS BIGINT)
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END IS NOT NULL
                                                          ) AS "t73"
                                                            ON "t67"."person_id" = "t73"."_k_person_id"
                                                            AND "t67"."benefit" = "t73"."_k_benefit"
                                                            AND "t67"."start_date" = "t73"."_k_start_date"
                                                        ) AS "t75"
                                                      ) AS "t80"
                                                      LEFT OUTER JOIN (
                                                        SELECT
                                                          "t76"."person_id" AS "_ipid",
                                                          "t76"."benefit" AS "_ibenefit",
                                                          "t76"."start_date" AS "_istart",
                                                          "t76"."i_start" AS "_i_start",
                                                          "t76"."i_end" AS "_i_end",
                                                          "t76"."cum_before" AS "_cum"
                                                        FROM (
                                                          SELECT
                                                            "t74"."person_id",
                                                            "t74"."benefit",
                                                            "t74"."_key" AS "start_date",
                                                            "t74"."i_start",
                                                            "t74"."i_end",
                                                            CAST(COALESCE(
                                                              SUM("t74"."_len") OVER (
                                                                PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                                ORDER BY "t74"."i_start" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ),
                                                              0
                                                            ) AS INT) AS "cum_before"
                                                          FROM (
                                                            SELECT
                                                              "t71"."person_id",
                                                              "t71"."benefit",
                                                              "t71"."_key",
                                                              "t71"."_island",
                                                              "t71"."i_start",
                                                              "t71"."i_end",
                                                              CASE
                                                                WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN 0
                                                                ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                              END AS "_len"
                                                            FROM (
                                                              SELECT
                                                                "t70"."person_id",
                                                                "t70"."benefit",
                                                                "t70"."_key",
                                                                "t70"."_island",
                                                                MIN("t70"."start_date") AS "i_start",
                                                                MAX("t70"."_end") AS "i_end"
                                                              FROM (
                                                                SELECT
                                                                  "t68"."person_id",
                                                                  "t68"."benefit",
                                                                  "t68"."start_date",
                                                                  "t68"."_end",
                                                                  "t68"."_key",
                                                                  "t68"."_acc",
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
                                                                  "t68"."_new",
                                                                  SUM("t68"."_new") OVER (
                                                                    PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                                    ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                  ) AS "_island"
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
                                                                    CASE
                                                                      WHEN MAX("t64"."_end") OVER (
                                                                        PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                        ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                      ) IS NULL
                                                                      THEN 1
                                                                      WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                        PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                        ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                      THEN 1
                                                                      ELSE 0
                                                                    END AS "_new"
                                                                  FROM (
                                                                    SELECT
                                                                      *
                                                                    FROM "t62" AS "t63"
                                                                    WHERE
                                                                      "t63"."_acc"
                                                                  ) AS "t64"
                                                                ) AS "t68"
                                                              ) AS "t70"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3,
                                                                4
                                                            ) AS "t71"
                                                          ) AS "t74"
                                                        ) AS "t76"
                                                      ) AS "t78"
                                                        ON "t80"."person_id" = "t78"."_ipid"
                                                        AND "t80"."benefit" = "t78"."_ibenefit"
                                                        AND "t80"."start_date" = "t78"."_istart"
                                                        AND "t78"."_cum" < "t80"."_needed"
                                                        AND (
                                                          (
                                                            "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                          )
                                                          OR (
                                                            (
                                                              "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                            ) >= "t80"."_needed"
                                                          )
                                                        )
                                                    ) AS "t81"
                                                  ) AS "t82"
                                                ) AS "t83"
                                              ) AS "t84"
                                            ) AS "t85"
                                          ) AS "t88"
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
                                            ON "t88"."person_id" = "t9"."_pid"
                                            AND "t9"."_ex_start" <= "t88"."_to"
                                            AND "t9"."_ex_end" >= "t88"."_from"
                                        ) AS "t89"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t91"
                                        ON "t86"."person_id" = "t91"."person_id"
                                        AND "t86"."benefit" = "t91"."benefit"
                                        AND "t86"."start_date" = "t91"."start_date"
                                    ) AS "t92"
                                  ) AS "t93"
                                ) AS "t95"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t76"."person_id" AS "_ipid",
                                    "t76"."benefit" AS "_ibenefit",
                                    "t76"."start_date" AS "_istart",
                                    "t76"."i_start" AS "_i_start",
                                    "t76"."i_end" AS "_i_end",
                                    "t76"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t74"."person_id",
                                      "t74"."benefit",
                                      "t74"."_key" AS "start_date",
                                      "t74"."i_start",
                                      "t74"."i_end",
                                      CAST(COALESCE(
                                        SUM("t74"."_len") OVER (
                                          PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                          ORDER BY "t74"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t71"."person_id",
                                        "t71"."benefit",
                                        "t71"."_key",
                                        "t71"."_island",
                                        "t71"."i_start",
                                        "t71"."i_end",
                                        CASE
                                          WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t70"."person_id",
                                          "t70"."benefit",
                                          "t70"."_key",
                                          "t70"."_island",
                                          MIN("t70"."start_date") AS "i_start",
                                          MAX("t70"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t68"."person_id",
                                            "t68"."benefit",
                                            "t68"."start_date",
                                            "t68"."_end",
                                            "t68"."_key",
                                            "t68"."_acc",
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
                                            "t68"."_new",
                                            SUM("t68"."_new") OVER (
                                              PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                              ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
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
                                              CASE
                                                WHEN MAX("t64"."_end") OVER (
                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                  PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                  ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t62" AS "t63"
                                              WHERE
                                                "t63"."_acc"
                                            ) AS "t64"
                                          ) AS "t68"
                                        ) AS "t70"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t71"
                                    ) AS "t74"
                                  ) AS "t76"
                                ) AS "t78"
                                  ON "t95"."person_id" = "t78"."_ipid"
                                  AND "t95"."benefit" = "t78"."_ibenefit"
                                  AND "t95"."start_date" = "t78"."_istart"
                                  AND "t78"."_cum" < "t95"."_needed"
                                  AND (
                                    (
                                      "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                      ) >= "t95"."_needed"
                                    )
                                  )
                              ) AS "t96"
                            ) AS "t97"
                          ) AS "t98"
                        ) AS "t106"
                        INNER JOIN (
                          SELECT
                            *
                          FROM "conversations" AS "t0"
                          WHERE
                            "t0"."status" = 'afholdt'
                            AND COALESCE("t0"."individual", TRUE)
                            AND "t0"."date" <= CAST($as_of AS DATE)
                            AND "t0"."kind" IN ('faellessamtale')
                        ) AS "t7"
                          ON "t106"."person_id" = "t7"."person_id"
                          AND "t7"."date" >= "t106"."_first"
                          AND "t7"."date" <= "t106"."_last"
                      ) AS "t108"
                      WHERE
                        COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t108"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['jobcenter', 'anden_aktoer']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t108"."held_by"
                          ),
                          FALSE
                        )
                        AND COALESCE(
                          ARRAY_CONTAINS(
                            CASE
                              WHEN "t108"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN ['personligt', 'telefon', 'video']
                              ELSE CAST(NULL AS TEXT[])
                            END,
                            "t108"."form"
                          ),
                          FALSE
                        )
                    ) AS "t112"
                    INNER JOIN (
                      SELECT
                        "t98"."person_id",
                        "t98"."benefit",
                        "t98"."start_date",
                        "t98"."required_joint" AS "_n",
                        "t98"."due_date" AS "_due"
                      FROM (
                        SELECT
                          "t97".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t96"."person_id",
                            "t96"."benefit",
                            "t96"."start_date",
                            "t96"."end_date",
                            "t96"."first_contact_date",
                            "t96"."target_group",
                            "t96"."first_absence_date",
                            "t96"."sickness_category",
                            "t96"."employed",
                            "t96"."handover_date",
                            "t96"."expected_absence_weeks",
                            "t96"."work_obligation",
                            "t96"."municipality",
                            "t96"."early_followup_request_date",
                            "t96"."education_order",
                            "t96"."periods",
                            "t96"."window_start",
                            "t96"."required",
                            "t96"."required_joint",
                            "t96"."in_force",
                            "t96"."_end_unconfirmed",
                            "t96"."due0",
                            "t96"."exempt_days",
                            "t96"."exempt_now",
                            "t96"."exemption_note",
                            "t96"."due_date",
                            "t96"."_plain",
                            "t96"."_needed",
                            "t96"."_ipid",
                            "t96"."_ibenefit",
                            "t96"."_istart",
                            "t96"."_i_start",
                            "t96"."_i_end",
                            "t96"."_cum",
                            CASE
                              WHEN "t96"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t96"."_i_start" + TO_DAYS(CAST("t96"."_needed" - "t96"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t96"."_plain"
                            END AS "_count_from"
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
                              "t95"."required",
                              "t95"."required_joint",
                              "t95"."in_force",
                              "t95"."_end_unconfirmed",
                              "t95"."due0",
                              "t95"."exempt_days",
                              "t95"."exempt_now",
                              "t95"."exemption_note",
                              "t95"."due_date",
                              "t95"."_plain",
                              "t95"."_needed",
                              "t78"."_ipid",
                              "t78"."_ibenefit",
                              "t78"."_istart",
                              "t78"."_i_start",
                              "t78"."_i_end",
                              "t78"."_cum"
                            FROM (
                              SELECT
                                "t93"."person_id",
                                "t93"."benefit",
                                "t93"."start_date",
                                "t93"."end_date",
                                "t93"."first_contact_date",
                                "t93"."target_group",
                                "t93"."first_absence_date",
                                "t93"."sickness_category",
                                "t93"."employed",
                                "t93"."handover_date",
                                "t93"."expected_absence_weeks",
                                "t93"."work_obligation",
                                "t93"."municipality",
                                "t93"."early_followup_request_date",
                                "t93"."education_order",
                                "t93"."periods",
                                "t93"."window_start",
                                "t93"."required",
                                "t93"."required_joint",
                                "t93"."in_force",
                                "t93"."_end_unconfirmed",
                                "t93"."due0",
                                COALESCE("t93"."exempt_days", 0) AS "exempt_days",
                                COALESCE("t93"."exempt_now", FALSE) AS "exempt_now",
                                COALESCE("t93"."exemption_note", '') AS "exemption_note",
                                CAST(CAST("t93"."due0" + TO_DAYS(
                                  CASE
                                    WHEN COALESCE(
                                      CASE
                                        WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN TRUE
                                        ELSE CAST(NULL AS BOOLEAN)
                                      END,
                                      FALSE
                                    )
                                    THEN COALESCE("t93"."exempt_days", 0)
                                    ELSE 0
                                  END
                                ) AS TIMESTAMP) AS DATE) AS "due_date",
                                CAST(CAST("t93"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t93"."window_start",
                                  CAST(CAST("t93"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t93"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
                              FROM (
                                SELECT
                                  "t92".*
                                  EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
                                    "t91"."person_id" AS "person_id_right",
                                    "t91"."benefit" AS "benefit_right",
                                    "t91"."start_date" AS "start_date_right",
                                    "t91"."exempt_days",
                                    "t91"."exempt_now",
                                    "t91"."exemption_note"
                                  FROM (
                                    SELECT
                                      "t84".*
                                      EXCLUDE ("_point")
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
                                        "t83"."required",
                                        "t83"."required_joint",
                                        "t83"."in_force",
                                        "t83"."_end_unconfirmed",
                                        "t83"."_point",
                                        CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t82".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                        FROM (
                                          SELECT
                                            "t81"."person_id",
                                            "t81"."benefit",
                                            "t81"."start_date",
                                            "t81"."end_date",
                                            "t81"."first_contact_date",
                                            "t81"."target_group",
                                            "t81"."first_absence_date",
                                            "t81"."sickness_category",
                                            "t81"."employed",
                                            "t81"."handover_date",
                                            "t81"."expected_absence_weeks",
                                            "t81"."work_obligation",
                                            "t81"."municipality",
                                            "t81"."early_followup_request_date",
                                            "t81"."education_order",
                                            "t81"."periods",
                                            "t81"."window_start",
                                            "t81"."required",
                                            "t81"."required_joint",
                                            "t81"."in_force",
                                            "t81"."_end_unconfirmed",
                                            "t81"."_plain",
                                            "t81"."_needed",
                                            "t81"."_ipid",
                                            "t81"."_ibenefit",
                                            "t81"."_istart",
                                            "t81"."_i_start",
                                            "t81"."_i_end",
                                            "t81"."_cum",
                                            CASE
                                              WHEN "t81"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t81"."_plain"
                                            END AS "_point"
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
                                              "t80"."required",
                                              "t80"."required_joint",
                                              "t80"."in_force",
                                              "t80"."_end_unconfirmed",
                                              "t80"."_plain",
                                              "t80"."_needed",
                                              "t78"."_ipid",
                                              "t78"."_ibenefit",
                                              "t78"."_istart",
                                              "t78"."_i_start",
                                              "t78"."_i_end",
                                              "t78"."_cum"
                                            FROM (
                                              SELECT
                                                "t75"."person_id",
                                                "t75"."benefit",
                                                "t75"."start_date",
                                                "t75"."end_date",
                                                "t75"."first_contact_date",
                                                "t75"."target_group",
                                                "t75"."first_absence_date",
                                                "t75"."sickness_category",
                                                "t75"."employed",
                                                "t75"."handover_date",
                                                "t75"."expected_absence_weeks",
                                                "t75"."work_obligation",
                                                "t75"."municipality",
                                                "t75"."early_followup_request_date",
                                                "t75"."education_order",
                                                "t75"."periods",
                                                "t75"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t75"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t75"."start_date",
                                                  CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
                                              FROM (
                                                SELECT
                                                  "t67"."person_id",
                                                  "t67"."benefit",
                                                  "t67"."start_date",
                                                  "t67"."end_date",
                                                  "t67"."first_contact_date",
                                                  "t67"."target_group",
                                                  "t67"."first_absence_date",
                                                  "t67"."sickness_category",
                                                  "t67"."employed",
                                                  "t67"."handover_date",
                                                  "t67"."expected_absence_weeks",
                                                  "t67"."work_obligation",
                                                  "t67"."municipality",
                                                  "t67"."early_followup_request_date",
                                                  "t67"."education_order",
                                                  "t67"."periods"
                                                FROM (
                                                  SELECT
                                                    "t65"."person_id",
                                                    "t65"."benefit",
                                                    "t65"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t65"."_end"
                                                    END AS "end_date",
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
                                                    "t65"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t63"."person_id",
                                                      "t63"."benefit",
                                                      "t63"."_key",
                                                      MAX("t63"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                      FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                      FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                      FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                      FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                      FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                      FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                      FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                      FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                      MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t62" AS "t63"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t65"
                                                  WHERE
                                                    "t65"."benefit" IN ('dagpenge')
                                                ) AS "t67"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t69"."person_id" AS "_k_person_id",
                                                    "t69"."benefit" AS "_k_benefit",
                                                    "t69"."start_date" AS "_k_start_date"
                                                  FROM (
                                                    SELECT
                                                      "t67"."person_id",
                                                      "t67"."benefit",
                                                      "t67"."start_date",
                                                      "t67"."end_date",
                                                      "t67"."first_contact_date",
                                                      "t67"."target_group",
                                                      "t67"."first_absence_date",
                                                      "t67"."sickness_category",
                                                      "t67"."employed",
                                                      "t67"."handover_date",
                                                      "t67"."expected_absence_weeks",
                                                      "t67"."work_obligation",
                                                      "t67"."municipality",
                                                      "t67"."early_followup_request_date",
                                                      "t67"."education_order",
                                                      "t67"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t65"."person_id",
                                                        "t65"."benefit",
                                                        "t65"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t65"."_end"
                                                        END AS "end_date",
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
                                                        "t65"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t63"."person_id",
                                                          "t63"."benefit",
                                                          "t63"."_key",
                                                          MAX("t63"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                          FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                          FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                          FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                          FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                          FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                          FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                          FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                          FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                          MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t62" AS "t63"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t65"
                                                      WHERE
                                                        "t65"."benefit" IN ('dagpenge')
                                                    ) AS "t67"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t10"
                                                      ON "t67"."person_id" = "t10"."_mpid"
                                                      AND "t10"."_mstart" >= "t67"."start_date"
                                                      AND (
                                                        (
                                                          "t67"."end_date" IS NULL
                                                        ) OR (
                                                          "t10"."_mstart" <= "t67"."end_date"
                                                        )
                                                      )
                                                  ) AS "t69"
                                                  WHERE
                                                    CASE
                                                      WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t73"
                                                  ON "t67"."person_id" = "t73"."_k_person_id"
                                                  AND "t67"."benefit" = "t73"."_k_benefit"
                                                  AND "t67"."start_date" = "t73"."_k_start_date"
                                              ) AS "t75"
                                            ) AS "t80"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t76"."person_id" AS "_ipid",
                                                "t76"."benefit" AS "_ibenefit",
                                                "t76"."start_date" AS "_istart",
                                                "t76"."i_start" AS "_i_start",
                                                "t76"."i_end" AS "_i_end",
                                                "t76"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t74"."person_id",
                                                  "t74"."benefit",
                                                  "t74"."_key" AS "start_date",
                                                  "t74"."i_start",
                                                  "t74"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t74"."_len") OVER (
                                                      PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                      ORDER BY "t74"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t71"."person_id",
                                                    "t71"."benefit",
                                                    "t71"."_key",
                                                    "t71"."_island",
                                                    "t71"."i_start",
                                                    "t71"."i_end",
                                                    CASE
                                                      WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t70"."person_id",
                                                      "t70"."benefit",
                                                      "t70"."_key",
                                                      "t70"."_island",
                                                      MIN("t70"."start_date") AS "i_start",
                                                      MAX("t70"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t68"."person_id",
                                                        "t68"."benefit",
                                                        "t68"."start_date",
                                                        "t68"."_end",
                                                        "t68"."_key",
                                                        "t68"."_acc",
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
                                                        "t68"."_new",
                                                        SUM("t68"."_new") OVER (
                                                          PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                          ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
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
                                                          CASE
                                                            WHEN MAX("t64"."_end") OVER (
                                                              PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                              ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                              PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                              ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t62" AS "t63"
                                                          WHERE
                                                            "t63"."_acc"
                                                        ) AS "t64"
                                                      ) AS "t68"
                                                    ) AS "t70"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t71"
                                                ) AS "t74"
                                              ) AS "t76"
                                            ) AS "t78"
                                              ON "t80"."person_id" = "t78"."_ipid"
                                              AND "t80"."benefit" = "t78"."_ibenefit"
                                              AND "t80"."start_date" = "t78"."_istart"
                                              AND "t78"."_cum" < "t80"."_needed"
                                              AND (
                                                (
                                                  "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                  ) >= "t80"."_needed"
                                                )
                                              )
                                          ) AS "t81"
                                        ) AS "t82"
                                      ) AS "t83"
                                    ) AS "t84"
                                  ) AS "t86"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t89"."person_id",
                                      "t89"."benefit",
                                      "t89"."start_date",
                                      CAST(SUM(
                                        DATE_DIFF(
                                          'DAY',
                                          GREATEST("t89"."_ex_start", "t89"."_from"),
                                          LEAST("t89"."_ex_end", "t89"."_to")
                                        ) + 1
                                      ) AS INT) AS "exempt_days",
                                      BOOL_OR(
                                        CAST((
                                          "t89"."_ex_start" <= CAST($as_of AS DATE)
                                        )
                                        AND (
                                          "t89"."_ex_end" >= CAST($as_of AS DATE)
                                        ) AS BOOLEAN)
                                      ) AS "exempt_now",
                                      LISTAGG(
                                        
                                          'fritaget ' || CAST("t89"."_ex_start" AS TEXT) || '–' || CAST("t89"."_ex_end" AS TEXT) || ' (' || "t89"."_ex_reason" || ')',
                                          ', ' ORDER BY "t89"."_ex_start" ASC
                                        
                                      ) AS "exemption_note"
                                    FROM (
                                      SELECT
                                        "t88"."person_id",
                                        "t88"."benefit",
                                        "t88"."start_date",
                                        "t88"."_from",
                                        "t88"."_to",
                                        "t9"."_pid",
                                        "t9"."_ex_start",
                                        "t9"."_ex_end",
                                        "t9"."_ex_reason"
                                      FROM (
                                        SELECT
                                          "t85"."person_id",
                                          "t85"."benefit",
                                          "t85"."start_date",
                                          "t85"."window_start" AS "_from",
                                          "t85"."due0" AS "_to"
                                        FROM (
                                          SELECT
                                            "t84".*
                                            EXCLUDE ("_point")
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
                                              "t83"."required",
                                              "t83"."required_joint",
                                              "t83"."in_force",
                                              "t83"."_end_unconfirmed",
                                              "t83"."_point",
                                              CAST(CAST("t83"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                            FROM (
                                              SELECT
                                                "t82".*
                                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                              FROM (
                                                SELECT
                                                  "t81"."person_id",
                                                  "t81"."benefit",
                                                  "t81"."start_date",
                                                  "t81"."end_date",
                                                  "t81"."first_contact_date",
                                                  "t81"."target_group",
                                                  "t81"."first_absence_date",
                                                  "t81"."sickness_category",
                                                  "t81"."employed",
                                                  "t81"."handover_date",
                                                  "t81"."expected_absence_weeks",
                                                  "t81"."work_obligation",
                                                  "t81"."municipality",
                                                  "t81"."early_followup_request_date",
                                                  "t81"."education_order",
                                                  "t81"."periods",
                                                  "t81"."window_start",
                                                  "t81"."required",
                                                  "t81"."required_joint",
                                                  "t81"."in_force",
                                                  "t81"."_end_unconfirmed",
                                                  "t81"."_plain",
                                                  "t81"."_needed",
                                                  "t81"."_ipid",
                                                  "t81"."_ibenefit",
                                                  "t81"."_istart",
                                                  "t81"."_i_start",
                                                  "t81"."_i_end",
                                                  "t81"."_cum",
                                                  CASE
                                                    WHEN "t81"."_i_start" IS NOT NULL
                                                    THEN CAST(CAST("t81"."_i_start" + TO_DAYS(CAST("t81"."_needed" - "t81"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                    ELSE "t81"."_plain"
                                                  END AS "_point"
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
                                                    "t80"."required",
                                                    "t80"."required_joint",
                                                    "t80"."in_force",
                                                    "t80"."_end_unconfirmed",
                                                    "t80"."_plain",
                                                    "t80"."_needed",
                                                    "t78"."_ipid",
                                                    "t78"."_ibenefit",
                                                    "t78"."_istart",
                                                    "t78"."_i_start",
                                                    "t78"."_i_end",
                                                    "t78"."_cum"
                                                  FROM (
                                                    SELECT
                                                      "t75"."person_id",
                                                      "t75"."benefit",
                                                      "t75"."start_date",
                                                      "t75"."end_date",
                                                      "t75"."first_contact_date",
                                                      "t75"."target_group",
                                                      "t75"."first_absence_date",
                                                      "t75"."sickness_category",
                                                      "t75"."employed",
                                                      "t75"."handover_date",
                                                      "t75"."expected_absence_weeks",
                                                      "t75"."work_obligation",
                                                      "t75"."municipality",
                                                      "t75"."early_followup_request_date",
                                                      "t75"."education_order",
                                                      "t75"."periods",
                                                      "t75"."start_date" AS "window_start",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) + COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required",
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 0
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 0
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      ) AS "required_joint",
                                                      (
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      )
                                                      AND (
                                                        CASE
                                                          WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                      ) AS "in_force",
                                                      COALESCE(
                                                        (
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NULL
                                                        )
                                                        AND COALESCE(
                                                          ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t75"."benefit"
                                                          )
                                                          OR ARRAY_CONTAINS(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                            "t75"."benefit" || ':' || COALESCE("t75"."target_group", '')
                                                          ),
                                                          FALSE
                                                        ),
                                                        FALSE
                                                      ) AS "_end_unconfirmed",
                                                      CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                      DATE_DIFF(
                                                        'DAY',
                                                        "t75"."start_date",
                                                        CAST(CAST("t75"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t75"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE)
                                                      ) AS "_needed"
                                                    FROM (
                                                      SELECT
                                                        "t67"."person_id",
                                                        "t67"."benefit",
                                                        "t67"."start_date",
                                                        "t67"."end_date",
                                                        "t67"."first_contact_date",
                                                        "t67"."target_group",
                                                        "t67"."first_absence_date",
                                                        "t67"."sickness_category",
                                                        "t67"."employed",
                                                        "t67"."handover_date",
                                                        "t67"."expected_absence_weeks",
                                                        "t67"."work_obligation",
                                                        "t67"."municipality",
                                                        "t67"."early_followup_request_date",
                                                        "t67"."education_order",
                                                        "t67"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t65"."person_id",
                                                          "t65"."benefit",
                                                          "t65"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t65"."_end"
                                                          END AS "end_date",
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
                                                          "t65"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t63"."person_id",
                                                            "t63"."benefit",
                                                            "t63"."_key",
                                                            MAX("t63"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                            FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                            FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                            FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                            FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                            FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                            FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                            FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                            FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                            MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t62" AS "t63"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t65"
                                                        WHERE
                                                          "t65"."benefit" IN ('dagpenge')
                                                      ) AS "t67"
                                                      ANTI JOIN (
                                                        SELECT
                                                          "t69"."person_id" AS "_k_person_id",
                                                          "t69"."benefit" AS "_k_benefit",
                                                          "t69"."start_date" AS "_k_start_date"
                                                        FROM (
                                                          SELECT
                                                            "t67"."person_id",
                                                            "t67"."benefit",
                                                            "t67"."start_date",
                                                            "t67"."end_date",
                                                            "t67"."first_contact_date",
                                                            "t67"."target_group",
                                                            "t67"."first_absence_date",
                                                            "t67"."sickness_category",
                                                            "t67"."employed",
                                                            "t67"."handover_date",
                                                            "t67"."expected_absence_weeks",
                                                            "t67"."work_obligation",
                                                            "t67"."municipality",
                                                            "t67"."early_followup_request_date",
                                                            "t67"."education_order",
                                                            "t67"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t65"."person_id",
                                                              "t65"."benefit",
                                                              "t65"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t65"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t65"."_end"
                                                              END AS "end_date",
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
                                                              "t65"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t63"."person_id",
                                                                "t63"."benefit",
                                                                "t63"."_key",
                                                                MAX("t63"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t63"."first_contact_date" ORDER BY "t63"."start_date") AS "first_contact_date",
                                                                FIRST("t63"."target_group" ORDER BY "t63"."start_date") AS "target_group",
                                                                FIRST("t63"."first_absence_date" ORDER BY "t63"."start_date") AS "first_absence_date",
                                                                FIRST("t63"."sickness_category" ORDER BY "t63"."start_date") AS "sickness_category",
                                                                FIRST("t63"."employed" ORDER BY "t63"."start_date") AS "employed",
                                                                FIRST("t63"."handover_date" ORDER BY "t63"."start_date") AS "handover_date",
                                                                FIRST("t63"."expected_absence_weeks" ORDER BY "t63"."start_date") AS "expected_absence_weeks",
                                                                FIRST("t63"."work_obligation" ORDER BY "t63"."start_date") AS "work_obligation",
                                                                FIRST("t63"."municipality" ORDER BY "t63"."start_date") AS "municipality",
                                                                MIN("t63"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t63"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t62" AS "t63"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t65"
                                                            WHERE
                                                              "t65"."benefit" IN ('dagpenge')
                                                          ) AS "t67"
                                                          SEMI JOIN (
                                                            SELECT
                                                              "t2"."person_id" AS "_mpid",
                                                              "t2"."start_date" AS "_mstart"
                                                            FROM "benefit_periods" AS "t2"
                                                            WHERE
                                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                          ) AS "t10"
                                                            ON "t67"."person_id" = "t10"."_mpid"
                                                            AND "t10"."_mstart" >= "t67"."start_date"
                                                            AND (
                                                              (
                                                                "t67"."end_date" IS NULL
                                                              ) OR (
                                                                "t10"."_mstart" <= "t67"."end_date"
                                                              )
                                                            )
                                                        ) AS "t69"
                                                        WHERE
                                                          CASE
                                                            WHEN "t69"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t69"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 6
                                                            WHEN "t69"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                      ) AS "t73"
                                                        ON "t67"."person_id" = "t73"."_k_person_id"
                                                        AND "t67"."benefit" = "t73"."_k_benefit"
                                                        AND "t67"."start_date" = "t73"."_k_start_date"
                                                    ) AS "t75"
                                                  ) AS "t80"
                                                  LEFT OUTER JOIN (
                                                    SELECT
                                                      "t76"."person_id" AS "_ipid",
                                                      "t76"."benefit" AS "_ibenefit",
                                                      "t76"."start_date" AS "_istart",
                                                      "t76"."i_start" AS "_i_start",
                                                      "t76"."i_end" AS "_i_end",
                                                      "t76"."cum_before" AS "_cum"
                                                    FROM (
                                                      SELECT
                                                        "t74"."person_id",
                                                        "t74"."benefit",
                                                        "t74"."_key" AS "start_date",
                                                        "t74"."i_start",
                                                        "t74"."i_end",
                                                        CAST(COALESCE(
                                                          SUM("t74"."_len") OVER (
                                                            PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                                            ORDER BY "t74"."i_start" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ),
                                                          0
                                                        ) AS INT) AS "cum_before"
                                                      FROM (
                                                        SELECT
                                                          "t71"."person_id",
                                                          "t71"."benefit",
                                                          "t71"."_key",
                                                          "t71"."_island",
                                                          "t71"."i_start",
                                                          "t71"."i_end",
                                                          CASE
                                                            WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN 0
                                                            ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                                          END AS "_len"
                                                        FROM (
                                                          SELECT
                                                            "t70"."person_id",
                                                            "t70"."benefit",
                                                            "t70"."_key",
                                                            "t70"."_island",
                                                            MIN("t70"."start_date") AS "i_start",
                                                            MAX("t70"."_end") AS "i_end"
                                                          FROM (
                                                            SELECT
                                                              "t68"."person_id",
                                                              "t68"."benefit",
                                                              "t68"."start_date",
                                                              "t68"."_end",
                                                              "t68"."_key",
                                                              "t68"."_acc",
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
                                                              "t68"."_new",
                                                              SUM("t68"."_new") OVER (
                                                                PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                                                ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                              ) AS "_island"
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
                                                                CASE
                                                                  WHEN MAX("t64"."_end") OVER (
                                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) IS NULL
                                                                  THEN 1
                                                                  WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                                                    PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                                                    ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                  THEN 1
                                                                  ELSE 0
                                                                END AS "_new"
                                                              FROM (
                                                                SELECT
                                                                  *
                                                                FROM "t62" AS "t63"
                                                                WHERE
                                                                  "t63"."_acc"
                                                              ) AS "t64"
                                                            ) AS "t68"
                                                          ) AS "t70"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3,
                                                            4
                                                        ) AS "t71"
                                                      ) AS "t74"
                                                    ) AS "t76"
                                                  ) AS "t78"
                                                    ON "t80"."person_id" = "t78"."_ipid"
                                                    AND "t80"."benefit" = "t78"."_ibenefit"
                                                    AND "t80"."start_date" = "t78"."_istart"
                                                    AND "t78"."_cum" < "t80"."_needed"
                                                    AND (
                                                      (
                                                        "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                      )
                                                      OR (
                                                        (
                                                          "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                                        ) >= "t80"."_needed"
                                                      )
                                                    )
                                                ) AS "t81"
                                              ) AS "t82"
                                            ) AS "t83"
                                          ) AS "t84"
                                        ) AS "t85"
                                      ) AS "t88"
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
                                        ON "t88"."person_id" = "t9"."_pid"
                                        AND "t9"."_ex_start" <= "t88"."_to"
                                        AND "t9"."_ex_end" >= "t88"."_from"
                                    ) AS "t89"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t91"
                                    ON "t86"."person_id" = "t91"."person_id"
                                    AND "t86"."benefit" = "t91"."benefit"
                                    AND "t86"."start_date" = "t91"."start_date"
                                ) AS "t92"
                              ) AS "t93"
                            ) AS "t95"
                            LEFT OUTER JOIN (
                              SELECT
                                "t76"."person_id" AS "_ipid",
                                "t76"."benefit" AS "_ibenefit",
                                "t76"."start_date" AS "_istart",
                                "t76"."i_start" AS "_i_start",
                                "t76"."i_end" AS "_i_end",
                                "t76"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t74"."person_id",
                                  "t74"."benefit",
                                  "t74"."_key" AS "start_date",
                                  "t74"."i_start",
                                  "t74"."i_end",
                                  CAST(COALESCE(
                                    SUM("t74"."_len") OVER (
                                      PARTITION BY "t74"."person_id", "t74"."benefit", "t74"."_key"
                                      ORDER BY "t74"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t71"."person_id",
                                    "t71"."benefit",
                                    "t71"."_key",
                                    "t71"."_island",
                                    "t71"."i_start",
                                    "t71"."i_end",
                                    CASE
                                      WHEN "t71"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t71"."i_start", "t71"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t70"."person_id",
                                      "t70"."benefit",
                                      "t70"."_key",
                                      "t70"."_island",
                                      MIN("t70"."start_date") AS "i_start",
                                      MAX("t70"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t68"."person_id",
                                        "t68"."benefit",
                                        "t68"."start_date",
                                        "t68"."_end",
                                        "t68"."_key",
                                        "t68"."_acc",
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
                                        "t68"."_new",
                                        SUM("t68"."_new") OVER (
                                          PARTITION BY "t68"."person_id", "t68"."benefit", "t68"."_key"
                                          ORDER BY "t68"."start_date" ASC, "t68"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
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
                                          CASE
                                            WHEN MAX("t64"."_end") OVER (
                                              PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                              ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t64"."start_date" > CAST(CAST(MAX("t64"."_end") OVER (
                                              PARTITION BY "t64"."person_id", "t64"."benefit", "t64"."_key"
                                              ORDER BY "t64"."start_date" ASC, "t64"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t62" AS "t63"
                                          WHERE
                                            "t63"."_acc"
                                        ) AS "t64"
                                      ) AS "t68"
                                    ) AS "t70"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t71"
                                ) AS "t74"
                              ) AS "t76"
                            ) AS "t78"
                              ON "t95"."person_id" = "t78"."_ipid"
                              AND "t95"."benefit" = "t78"."_ibenefit"
                              AND "t95"."start_date" = "t78"."_istart"
                              AND "t78"."_cum" < "t95"."_needed"
                              AND (
                                (
                                  "t78"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t78"."_cum" + DATE_DIFF('DAY', "t78"."_i_start", "t78"."_i_end") + 1
                                  ) >= "t95"."_needed"
                                )
                              )
                          ) AS "t96"
                        ) AS "t97"
                      ) AS "t98"
                    ) AS "t102"
                      ON "t112"."person_id" = "t102"."person_id"
                      AND "t112"."benefit" = "t102"."benefit"
                      AND "t112"."start_date" = "t102"."start_date"
                  ) AS "t114"
                ) AS "t116"
                WHERE
                  "t116"."_rank" < "t116"."_n"
              ) AS "t118"
              GROUP BY
                1,
                2,
                3
            ) AS "t120"
          ) AS "t122"
        ) AS "t124"
      ) AS "t128"
        ON "t131"."person_id" = "t128"."person_id"
        AND "t131"."benefit" = "t128"."benefit"
        AND "t131"."start_date" = "t128"."start_date"
    ) AS "t132"
  ) AS "t133"
) AS "t134"
