WITH "t12" AS (
  SELECT
    "t11"."person_id",
    "t11"."benefit",
    "t11"."start_date",
    "t11"."target_group",
    "t11"."early_followup_request_date",
    "t11"."education_order",
    "t11"."_rid",
    "t11"."_end",
    "t11"."_acc",
    "t11"."_switch",
    "t11"."_run",
    "t11"."_new",
    MAX(CASE WHEN "t11"."_new" = 1 THEN "t11"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
      PARTITION BY "t11"."person_id"
      ORDER BY "t11"."start_date" ASC, "t11"."benefit" ASC, "t11"."_end" ASC
      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
    ) AS "_spell_start"
  FROM (
    SELECT
      "t10"."person_id",
      "t10"."benefit",
      "t10"."start_date",
      "t10"."target_group",
      "t10"."early_followup_request_date",
      "t10"."education_order",
      "t10"."_rid",
      "t10"."_end",
      "t10"."_acc",
      "t10"."_switch",
      "t10"."_run",
      CASE
        WHEN (
          "t10"."_switch" = 1
        )
        OR (
          (
            MAX("t10"."_end") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) IS NOT NULL
          )
          AND (
            MAX("t10"."_end") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) < MAKE_DATE(9999, 12, 31)
          )
          AND (
            "t10"."start_date" > CAST(CAST(MAX("t10"."_end") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
          )
          AND (
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['sygedagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t10"."benefit"
              ),
              FALSE
            )
            OR (
              (
                CASE
                  WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN 1
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t10"."start_date" >= CAST(CAST(CASE
                  WHEN EXTRACT(day FROM CAST(CAST(MAX("t10"."_end") OVER (
                    PARTITION BY "t10"."person_id", "t10"."_run"
                    ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                  THEN CAST(CAST(MAX("t10"."_end") OVER (
                    PARTITION BY "t10"."person_id", "t10"."_run"
                    ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ELSE CAST(CAST(DATE_TRUNC(
                    'MONTH',
                    CAST(CAST(MAX("t10"."_end") OVER (
                      PARTITION BY "t10"."person_id", "t10"."_run"
                      ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                  ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                END + TO_MONTHS(
                  COALESCE(
                    CASE
                      WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
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
              WHEN "t10"."start_date" >= MAKE_DATE(2020, 1, 1)
              THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
              ELSE CAST(NULL AS TEXT[])
            END,
            LAG("t10"."target_group") OVER (
              PARTITION BY "t10"."person_id", "t10"."_run"
              ORDER BY "t10"."start_date" ASC, "t10"."benefit" ASC, "t10"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) || CASE
              WHEN "t10"."target_group" IS NULL
              THEN NULL
              ELSE CONCAT('>', "t10"."target_group")
            END
          ),
          FALSE
        )
        THEN 1
        ELSE 0
      END AS "_new"
    FROM (
      SELECT
        "t9"."person_id",
        "t9"."benefit",
        "t9"."start_date",
        "t9"."target_group",
        "t9"."early_followup_request_date",
        "t9"."education_order",
        "t9"."_rid",
        "t9"."_end",
        "t9"."_acc",
        "t9"."_switch",
        SUM("t9"."_switch") OVER (
          PARTITION BY "t9"."person_id"
          ORDER BY "t9"."start_date" ASC, "t9"."benefit" ASC, "t9"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_run"
      FROM (
        SELECT
          "t8"."person_id",
          "t8"."benefit",
          "t8"."start_date",
          "t8"."target_group",
          "t8"."early_followup_request_date",
          "t8"."education_order",
          "t8"."_rid",
          "t8"."_end",
          "t8"."_acc",
          CASE
            WHEN LAG("t8"."benefit") OVER (
              PARTITION BY "t8"."person_id"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) IS NULL
            THEN 1
            WHEN LAG("t8"."benefit") OVER (
              PARTITION BY "t8"."person_id"
              ORDER BY "t8"."start_date" ASC, "t8"."benefit" ASC, "t8"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
            ) <> "t8"."benefit"
            THEN 1
            ELSE 0
          END AS "_switch"
        FROM (
          SELECT
            "t1"."person_id",
            "t1"."benefit",
            "t1"."start_date",
            "t1"."target_group",
            "t1"."early_followup_request_date",
            "t1"."education_order",
            "t1"."rowid" AS "_rid",
            CASE
              WHEN (
                "t1"."end_date" IS NULL
              ) OR (
                "t1"."end_date" > CAST($as_of AS DATE)
              )
              THEN MAKE_DATE(9999, 12, 31)
              ELSE "t1"."end_date"
            END AS "_end",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t1"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['dagpenge']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t1"."benefit"
              ),
              FALSE
            ) AS "_acc"
          FROM "benefit_periods" AS "t1"
          WHERE
            "t1"."start_date" <= CAST($as_of AS DATE)
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
            "t17"."target_group",
            "t17"."early_followup_request_date",
            "t17"."education_order",
            "t17"."_rid",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
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
            "t17"."target_group",
            "t17"."early_followup_request_date",
            "t17"."education_order",
            "t17"."_rid",
            "t17"."_end",
            "t17"."_acc",
            "t17"."_switch",
            "t17"."_run",
            "t17"."_new",
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
), "t62" AS (
  SELECT
    "t61"."person_id",
    "t61"."benefit",
    "t61"."_key" AS "start_date",
    CASE
      WHEN "t61"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t61"."_end"
    END AS "end_date",
    "t4"."first_contact_date",
    "t4"."target_group",
    "t4"."first_absence_date",
    "t4"."sickness_category",
    "t4"."employed",
    "t4"."handover_date",
    "t4"."expected_absence_weeks",
    "t4"."work_obligation",
    "t4"."municipality",
    "t61"."early_followup_request_date",
    "t61"."education_order",
    "t61"."periods"
  FROM (
    SELECT
      "t59"."person_id",
      "t59"."benefit",
      "t59"."_key",
      MAX("t59"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t59"."_rid" ORDER BY "t59"."start_date") AS "_first",
      MIN("t59"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t59"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
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
          "t13"."_rid",
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
          "t57"."_rid",
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
              "t55"."target_group",
              "t55"."early_followup_request_date",
              "t55"."education_order",
              "t55"."_rid",
              "t55"."_end",
              "t55"."_acc",
              "t55"."_switch",
              "t55"."_run",
              "t55"."_new",
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
                "t17"."target_group",
                "t17"."early_followup_request_date",
                "t17"."education_order",
                "t17"."_rid",
                "t17"."_end",
                "t17"."_acc",
                "t17"."_switch",
                "t17"."_run",
                "t17"."_new",
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
                              "t17"."target_group",
                              "t17"."early_followup_request_date",
                              "t17"."education_order",
                              "t17"."_rid",
                              "t17"."_end",
                              "t17"."_acc",
                              "t17"."_switch",
                              "t17"."_run",
                              "t17"."_new",
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
                          "t17"."target_group",
                          "t17"."early_followup_request_date",
                          "t17"."education_order",
                          "t17"."_rid",
                          "t17"."_end",
                          "t17"."_acc",
                          "t17"."_switch",
                          "t17"."_run",
                          "t17"."_new",
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
                                    "t17"."target_group",
                                    "t17"."early_followup_request_date",
                                    "t17"."education_order",
                                    "t17"."_rid",
                                    "t17"."_end",
                                    "t17"."_acc",
                                    "t17"."_switch",
                                    "t17"."_run",
                                    "t17"."_new",
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
    ) AS "t59"
    GROUP BY
      1,
      2,
      3
  ) AS "t61"
  INNER JOIN (
    SELECT
      "t1"."rowid" AS "_frid",
      "t1"."first_contact_date",
      "t1"."target_group",
      "t1"."first_absence_date",
      "t1"."sickness_category",
      "t1"."employed",
      "t1"."handover_date",
      "t1"."expected_absence_weeks",
      "t1"."work_obligation",
      "t1"."municipality"
    FROM "benefit_periods" AS "t1"
  ) AS "t4"
    ON "t61"."_first" = "t4"."_frid"
), "t71" AS (
  SELECT
    "t66"."person_id",
    "t66"."benefit",
    "t66"."start_date",
    "t66"."end_date",
    "t66"."first_contact_date",
    "t66"."target_group",
    "t66"."first_absence_date",
    "t66"."sickness_category",
    "t66"."employed",
    "t66"."handover_date",
    "t66"."expected_absence_weeks",
    "t66"."work_obligation",
    "t66"."municipality",
    "t66"."early_followup_request_date",
    "t66"."education_order",
    "t66"."periods",
    "t70"."visitation_date"
  FROM (
    SELECT
      *
    FROM "t62" AS "t63"
    WHERE
      "t63"."benefit" IN ('sygedagpenge')
  ) AS "t66"
  INNER JOIN (
    SELECT
      "t68"."person_id",
      "t68"."benefit",
      "t68"."start_date",
      MIN("t68"."_from") AS "visitation_date"
    FROM (
      SELECT
        "t67"."person_id",
        "t67"."benefit",
        "t67"."start_date",
        "t67"."_last",
        "t7"."_pid",
        "t7"."_from"
      FROM (
        SELECT
          "t63"."person_id",
          "t63"."benefit",
          "t63"."start_date",
          "t63"."end_date" AS "_last"
        FROM "t62" AS "t63"
        WHERE
          "t63"."benefit" IN ('sygedagpenge')
      ) AS "t67"
      INNER JOIN (
        SELECT
          "t1"."person_id" AS "_pid",
          "t1"."start_date" AS "_from"
        FROM "benefit_periods" AS "t1"
        WHERE
          "t1"."benefit" = 'sygedagpenge'
          AND "t1"."start_date" <= CAST($as_of AS DATE)
          AND "t1"."sickness_category" = '3'
      ) AS "t7"
        ON "t67"."person_id" = "t7"."_pid"
        AND "t7"."_from" >= "t67"."start_date"
        AND (
          (
            "t67"."_last" IS NULL
          ) OR (
            "t7"."_from" <= "t67"."_last"
          )
        )
    ) AS "t68"
    GROUP BY
      1,
      2,
      3
  ) AS "t70"
    ON "t66"."person_id" = "t70"."person_id"
    AND "t66"."benefit" = "t70"."benefit"
    AND "t66"."start_date" = "t70"."start_date"
)
SELECT
  "t82"."person_id",
  "t82"."benefit",
  'sick_rehabilitation_team' AS "kind",
  'sick_rehabilitation_team' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t82"."window_start" >= MAKE_DATE(2025, 1, 1)
    THEN 'L 74 (2024-25), § 1 (ophævelse af § 12, stk. 1, nr. 3); BM – Aftale forenkler og målretter sygedagpengesystemet (14.3.2024)'
    WHEN "t82"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 d, stk. 3, 2. pkt. (LBK nr. 1712 af 20.8.2021); Sygedagpengeloven § 13 d (elov); Sygedagpengeloven § 12 (visitationskategorier; visitation ved opfølgning)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t82"."window_start",
  CASE
    WHEN COALESCE("t82"."is_applicable", FALSE)
    THEN "t82"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t82"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t82"."fulfilled_date" <= "t82"."due_date"
    )
    THEN 'met'
    WHEN "t82"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t82"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t82"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t82"."is_applicable", FALSE)
    THEN "t82"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t82"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t82"."fulfilled_date" > "t82"."due_date"
    )
    THEN DATE_DIFF('DAY', "t82"."due_date", "t82"."fulfilled_date")
    WHEN NOT (
      "t82"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t82"."is_exempt", FALSE)
    )
    AND (
      "t82"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t82"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t82"."is_applicable", FALSE)
              THEN "t82"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t82"."window_start"
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
              WHEN COALESCE("t82"."is_applicable", FALSE)
              THEN "t82"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t82"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_rehabilitation_team'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t82"."evidence", '') AS "evidence"
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
    "t81"."visitation_date",
    "t81"."window_start",
    "t81"."_weeks",
    "t81"."due_date",
    "t81"."fulfilled_date",
    (
      "t81"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t81"."end_date" IS NOT NULL
      )
      AND (
        "t81"."end_date" < "t81"."due_date"
      )
      AND (
        "t81"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t81"."_weeks" IS NULL
      THEN CASE
        WHEN CAST("t81"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t81"."window_start" AS TEXT),
          ': ingen frist for rehabiliteringsteamet (kategori 3 ikke i kraft)'
        )
      END
      WHEN "t81"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t81"."window_start" AS TEXT) IS NULL
        OR CAST("t81"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t81"."window_start" AS TEXT),
          '; behandlet i rehabiliteringsteamet ',
          CAST("t81"."fulfilled_date" AS TEXT)
        )
      END
      WHEN (
        "t81"."end_date" IS NOT NULL
      )
      AND (
        "t81"."end_date" < "t81"."due_date"
      )
      AND (
        "t81"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t81"."window_start" AS TEXT) IS NULL
        OR CAST("t81"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t81"."window_start" AS TEXT),
          '; sygedagpengeforløbet sluttede ',
          CAST("t81"."end_date" AS TEXT),
          ' før fristen'
        )
      END
      ELSE CASE
        WHEN CAST("t81"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t81"."window_start" AS TEXT),
          '; ingen behandling i rehabiliteringsteamet'
        )
      END
    END AS "evidence"
  FROM (
    SELECT
      "t80".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t77"."person_id",
        "t77"."benefit",
        "t77"."start_date",
        "t77"."end_date",
        "t77"."first_contact_date",
        "t77"."target_group",
        "t77"."first_absence_date",
        "t77"."sickness_category",
        "t77"."employed",
        "t77"."handover_date",
        "t77"."expected_absence_weeks",
        "t77"."work_obligation",
        "t77"."municipality",
        "t77"."early_followup_request_date",
        "t77"."education_order",
        "t77"."periods",
        "t77"."visitation_date",
        "t77"."window_start",
        "t77"."_weeks",
        "t77"."due_date",
        "t79"."person_id" AS "person_id_right",
        "t79"."benefit" AS "benefit_right",
        "t79"."start_date" AS "start_date_right",
        "t79"."fulfilled_date"
      FROM (
        SELECT
          "t72"."person_id",
          "t72"."benefit",
          "t72"."start_date",
          "t72"."end_date",
          "t72"."first_contact_date",
          "t72"."target_group",
          "t72"."first_absence_date",
          "t72"."sickness_category",
          "t72"."employed",
          "t72"."handover_date",
          "t72"."expected_absence_weeks",
          "t72"."work_obligation",
          "t72"."municipality",
          "t72"."early_followup_request_date",
          "t72"."education_order",
          "t72"."periods",
          "t72"."visitation_date",
          "t72"."visitation_date" AS "window_start",
          CASE
            WHEN "t72"."visitation_date" >= MAKE_DATE(2025, 1, 1)
            THEN CAST(NULL AS BIGINT)
            WHEN "t72"."visitation_date" >= MAKE_DATE(2015, 1, 1)
            THEN 4
            ELSE CAST(NULL AS BIGINT)
          END AS "_weeks",
          CAST(CAST("t72"."visitation_date" + TO_DAYS(
            CASE
              WHEN "t72"."visitation_date" >= MAKE_DATE(2025, 1, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t72"."visitation_date" >= MAKE_DATE(2015, 1, 1)
              THEN 4
              ELSE CAST(NULL AS BIGINT)
            END * 7
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t71" AS "t72"
      ) AS "t77"
      LEFT OUTER JOIN (
        SELECT
          "t75"."person_id",
          "t75"."benefit",
          "t75"."start_date",
          MIN("t75"."_date") AS "fulfilled_date"
        FROM (
          SELECT
            "t74"."person_id",
            "t74"."benefit",
            "t74"."start_date",
            "t74"."_ws",
            "t74"."_last",
            "t6"."_pid",
            "t6"."_date"
          FROM (
            SELECT
              "t72"."person_id",
              "t72"."benefit",
              "t72"."start_date",
              "t72"."visitation_date" AS "_ws",
              COALESCE("t72"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t71" AS "t72"
          ) AS "t74"
          INNER JOIN (
            SELECT
              "t0"."person_id" AS "_pid",
              "t0"."date" AS "_date"
            FROM "conversations" AS "t0"
            WHERE
              "t0"."status" = 'afholdt'
              AND "t0"."kind" = 'rehabiliteringsteam'
              AND "t0"."date" <= CAST($as_of AS DATE)
          ) AS "t6"
            ON "t74"."person_id" = "t6"."_pid"
            AND "t6"."_date" >= "t74"."_ws"
            AND "t6"."_date" <= "t74"."_last"
        ) AS "t75"
        GROUP BY
          1,
          2,
          3
      ) AS "t79"
        ON "t77"."person_id" = "t79"."person_id"
        AND "t77"."benefit" = "t79"."benefit"
        AND "t77"."start_date" = "t79"."start_date"
    ) AS "t80"
  ) AS "t81"
) AS "t82"
