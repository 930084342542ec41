WITH "t8" AS (
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
), "t11" AS (
  SELECT
    "t9"."person_id",
    COUNT(*) AS "_rows"
  FROM "t8" AS "t9"
  GROUP BY
    1
), "t25" AS (
  SELECT
    *
  FROM (
    SELECT
      "t23"."person_id",
      "t23"."benefit",
      "t23"."start_date",
      "t23"."target_group",
      "t23"."early_followup_request_date",
      "t23"."education_order",
      "t23"."_rid",
      "t23"."_end",
      "t23"."_acc",
      "t23"."_new",
      "t23"."_spell_start"
    FROM (
      SELECT
        "t22"."person_id",
        "t22"."benefit",
        "t22"."start_date",
        "t22"."target_group",
        "t22"."early_followup_request_date",
        "t22"."education_order",
        "t22"."_rid",
        "t22"."_end",
        "t22"."_acc",
        "t22"."_switch",
        "t22"."_run",
        "t22"."_new",
        MAX(CASE WHEN "t22"."_new" = 1 THEN "t22"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t22"."person_id"
          ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
      FROM (
        SELECT
          "t21"."person_id",
          "t21"."benefit",
          "t21"."start_date",
          "t21"."target_group",
          "t21"."early_followup_request_date",
          "t21"."education_order",
          "t21"."_rid",
          "t21"."_end",
          "t21"."_acc",
          "t21"."_switch",
          "t21"."_run",
          CASE
            WHEN (
              "t21"."_switch" = 1
            )
            OR (
              (
                MAX("t21"."_end") OVER (
                  PARTITION BY "t21"."person_id", "t21"."_run"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t21"."_end") OVER (
                  PARTITION BY "t21"."person_id", "t21"."_run"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t21"."start_date" > CAST(CAST(MAX("t21"."_end") OVER (
                  PARTITION BY "t21"."person_id", "t21"."_run"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t21"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t21"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t21"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t21"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t21"."_end") OVER (
                        PARTITION BY "t21"."person_id", "t21"."_run"
                        ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t21"."_end") OVER (
                        PARTITION BY "t21"."person_id", "t21"."_run"
                        ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t21"."_end") OVER (
                          PARTITION BY "t21"."person_id", "t21"."_run"
                          ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t21"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t21"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t21"."target_group") OVER (
                  PARTITION BY "t21"."person_id", "t21"."_run"
                  ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t21"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t21"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
        FROM (
          SELECT
            "t20"."person_id",
            "t20"."benefit",
            "t20"."start_date",
            "t20"."target_group",
            "t20"."early_followup_request_date",
            "t20"."education_order",
            "t20"."_rid",
            "t20"."_end",
            "t20"."_acc",
            "t20"."_switch",
            SUM("t20"."_switch") OVER (
              PARTITION BY "t20"."person_id"
              ORDER BY "t20"."start_date" ASC, "t20"."benefit" ASC, "t20"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t18"."person_id",
              "t18"."benefit",
              "t18"."start_date",
              "t18"."target_group",
              "t18"."early_followup_request_date",
              "t18"."education_order",
              "t18"."_rid",
              "t18"."_end",
              "t18"."_acc",
              CASE
                WHEN LAG("t18"."benefit") OVER (
                  PARTITION BY "t18"."person_id"
                  ORDER BY "t18"."start_date" ASC, "t18"."benefit" ASC, "t18"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t18"."benefit") OVER (
                  PARTITION BY "t18"."person_id"
                  ORDER BY "t18"."start_date" ASC, "t18"."benefit" ASC, "t18"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t18"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
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
                "t10"."_acc"
              FROM "t8" AS "t10"
              SEMI JOIN (
                SELECT
                  *
                FROM "t11" AS "t12"
                WHERE
                  "t12"."_rows" > 1
              ) AS "t16"
                ON "t10"."person_id" = "t16"."person_id"
            ) AS "t18"
          ) AS "t20"
        ) AS "t21"
      ) AS "t22"
    ) AS "t23"
  ) AS "t24"
  UNION ALL
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
      1 AS "_new",
      "t17"."start_date" AS "_spell_start"
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
        "t10"."_acc"
      FROM "t8" AS "t10"
      SEMI JOIN (
        SELECT
          *
        FROM "t11" AS "t12"
        WHERE
          "t12"."_rows" = 1
      ) AS "t15"
        ON "t10"."person_id" = "t15"."person_id"
    ) AS "t17"
  ) AS "t19"
), "t27" AS (
  SELECT
    *
  FROM "t25" AS "t26"
  WHERE
    "t26"."_acc"
), "t31" AS (
  SELECT
    "t29"."person_id",
    "t29"."benefit",
    MIN("t29"."start_date") AS "c1"
  FROM "t27" AS "t29"
  GROUP BY
    1,
    2
), "t40" AS (
  SELECT
    "t39"."person_id",
    "t39"."benefit",
    "t39"."c1",
    "t39"."c2"
  FROM (
    SELECT
      "t33"."person_id",
      "t33"."benefit",
      "t33"."c1",
      "t38"."person_id" AS "person_id_right",
      "t38"."benefit" AS "benefit_right",
      "t38"."c2"
    FROM "t31" AS "t33"
    LEFT OUTER JOIN (
      SELECT
        "t36"."person_id",
        "t36"."benefit",
        MIN("t36"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t30"."person_id",
            "t30"."benefit",
            "t30"."start_date",
            "t30"."target_group",
            "t30"."early_followup_request_date",
            "t30"."education_order",
            "t30"."_rid",
            "t30"."_end",
            "t30"."_acc",
            "t30"."_new",
            "t30"."_spell_start",
            "t34"."c1"
          FROM "t27" AS "t30"
          INNER JOIN "t31" AS "t34"
            ON "t30"."person_id" = "t34"."person_id" AND "t30"."benefit" = "t34"."benefit"
        ) AS "t35"
        WHERE
          "t35"."start_date" >= CAST(CAST("t35"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t35"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t36"
      GROUP BY
        1,
        2
    ) AS "t38"
      ON "t33"."person_id" = "t38"."person_id" AND "t33"."benefit" = "t38"."benefit"
  ) AS "t39"
), "t49" AS (
  SELECT
    "t48"."person_id",
    "t48"."benefit",
    "t48"."c1",
    "t48"."c2",
    "t48"."c3"
  FROM (
    SELECT
      "t42"."person_id",
      "t42"."benefit",
      "t42"."c1",
      "t42"."c2",
      "t47"."person_id" AS "person_id_right",
      "t47"."benefit" AS "benefit_right",
      "t47"."c3"
    FROM "t40" AS "t42"
    LEFT OUTER JOIN (
      SELECT
        "t45"."person_id",
        "t45"."benefit",
        MIN("t45"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t30"."person_id",
            "t30"."benefit",
            "t30"."start_date",
            "t30"."target_group",
            "t30"."early_followup_request_date",
            "t30"."education_order",
            "t30"."_rid",
            "t30"."_end",
            "t30"."_acc",
            "t30"."_new",
            "t30"."_spell_start",
            "t43"."c1",
            "t43"."c2"
          FROM "t27" AS "t30"
          INNER JOIN "t40" AS "t43"
            ON "t30"."person_id" = "t43"."person_id" AND "t30"."benefit" = "t43"."benefit"
        ) AS "t44"
        WHERE
          "t44"."start_date" >= CAST(CAST("t44"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t44"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t45"
      GROUP BY
        1,
        2
    ) AS "t47"
      ON "t42"."person_id" = "t47"."person_id" AND "t42"."benefit" = "t47"."benefit"
  ) AS "t48"
), "t75" AS (
  SELECT
    "t74"."person_id",
    "t74"."benefit",
    "t74"."_key" AS "start_date",
    CASE
      WHEN "t74"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t74"."_end"
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
    "t74"."early_followup_request_date",
    "t74"."education_order",
    "t74"."periods"
  FROM (
    SELECT
      "t72"."person_id",
      "t72"."benefit",
      "t72"."_key",
      MAX("t72"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t72"."_rid" ORDER BY "t72"."start_date") AS "_first",
      MIN("t72"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t72"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t26"."person_id",
          "t26"."benefit",
          "t26"."start_date",
          "t26"."_end",
          "t26"."_spell_start" AS "_key",
          "t26"."_acc",
          "t26"."_rid",
          "t26"."early_followup_request_date",
          "t26"."education_order"
        FROM "t25" AS "t26"
        WHERE
          NOT (
            "t26"."_acc"
          )
      ) AS "t28"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t70"."person_id",
          "t70"."benefit",
          "t70"."start_date",
          "t70"."_end",
          "t70"."_key",
          "t70"."_acc",
          "t70"."_rid",
          "t70"."early_followup_request_date",
          "t70"."education_order"
        FROM (
          SELECT
            "t69".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t68"."person_id",
              "t68"."benefit",
              "t68"."start_date",
              "t68"."target_group",
              "t68"."early_followup_request_date",
              "t68"."education_order",
              "t68"."_rid",
              "t68"."_end",
              "t68"."_acc",
              "t68"."_new",
              "t68"."_spell_start",
              "t68"."c1",
              "t68"."c2",
              "t68"."c3",
              "t68"."c4",
              "t68"."c5",
              GREATEST(
                CASE
                  WHEN "t68"."c1" <= "t68"."start_date"
                  THEN "t68"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t68"."c2" <= "t68"."start_date"
                  THEN "t68"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t68"."c3" <= "t68"."start_date"
                  THEN "t68"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t68"."c4" <= "t68"."start_date"
                  THEN "t68"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t68"."c5" <= "t68"."start_date"
                  THEN "t68"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t30"."person_id",
                "t30"."benefit",
                "t30"."start_date",
                "t30"."target_group",
                "t30"."early_followup_request_date",
                "t30"."education_order",
                "t30"."_rid",
                "t30"."_end",
                "t30"."_acc",
                "t30"."_new",
                "t30"."_spell_start",
                "t67"."c1",
                "t67"."c2",
                "t67"."c3",
                "t67"."c4",
                "t67"."c5"
              FROM "t27" AS "t30"
              INNER JOIN (
                SELECT
                  "t65".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t59"."person_id",
                    "t59"."benefit",
                    "t59"."c1",
                    "t59"."c2",
                    "t59"."c3",
                    "t59"."c4",
                    "t64"."person_id" AS "person_id_right",
                    "t64"."benefit" AS "benefit_right",
                    "t64"."c5"
                  FROM (
                    SELECT
                      "t57".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t51"."person_id",
                        "t51"."benefit",
                        "t51"."c1",
                        "t51"."c2",
                        "t51"."c3",
                        "t56"."person_id" AS "person_id_right",
                        "t56"."benefit" AS "benefit_right",
                        "t56"."c4"
                      FROM "t49" AS "t51"
                      LEFT OUTER JOIN (
                        SELECT
                          "t54"."person_id",
                          "t54"."benefit",
                          MIN("t54"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t30"."person_id",
                              "t30"."benefit",
                              "t30"."start_date",
                              "t30"."target_group",
                              "t30"."early_followup_request_date",
                              "t30"."education_order",
                              "t30"."_rid",
                              "t30"."_end",
                              "t30"."_acc",
                              "t30"."_new",
                              "t30"."_spell_start",
                              "t52"."c1",
                              "t52"."c2",
                              "t52"."c3"
                            FROM "t27" AS "t30"
                            INNER JOIN "t49" AS "t52"
                              ON "t30"."person_id" = "t52"."person_id" AND "t30"."benefit" = "t52"."benefit"
                          ) AS "t53"
                          WHERE
                            "t53"."start_date" >= CAST(CAST("t53"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t53"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t54"
                        GROUP BY
                          1,
                          2
                      ) AS "t56"
                        ON "t51"."person_id" = "t56"."person_id" AND "t51"."benefit" = "t56"."benefit"
                    ) AS "t57"
                  ) AS "t59"
                  LEFT OUTER JOIN (
                    SELECT
                      "t62"."person_id",
                      "t62"."benefit",
                      MIN("t62"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t30"."person_id",
                          "t30"."benefit",
                          "t30"."start_date",
                          "t30"."target_group",
                          "t30"."early_followup_request_date",
                          "t30"."education_order",
                          "t30"."_rid",
                          "t30"."_end",
                          "t30"."_acc",
                          "t30"."_new",
                          "t30"."_spell_start",
                          "t60"."c1",
                          "t60"."c2",
                          "t60"."c3",
                          "t60"."c4"
                        FROM "t27" AS "t30"
                        INNER JOIN (
                          SELECT
                            "t57".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t51"."person_id",
                              "t51"."benefit",
                              "t51"."c1",
                              "t51"."c2",
                              "t51"."c3",
                              "t56"."person_id" AS "person_id_right",
                              "t56"."benefit" AS "benefit_right",
                              "t56"."c4"
                            FROM "t49" AS "t51"
                            LEFT OUTER JOIN (
                              SELECT
                                "t54"."person_id",
                                "t54"."benefit",
                                MIN("t54"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t30"."person_id",
                                    "t30"."benefit",
                                    "t30"."start_date",
                                    "t30"."target_group",
                                    "t30"."early_followup_request_date",
                                    "t30"."education_order",
                                    "t30"."_rid",
                                    "t30"."_end",
                                    "t30"."_acc",
                                    "t30"."_new",
                                    "t30"."_spell_start",
                                    "t52"."c1",
                                    "t52"."c2",
                                    "t52"."c3"
                                  FROM "t27" AS "t30"
                                  INNER JOIN "t49" AS "t52"
                                    ON "t30"."person_id" = "t52"."person_id" AND "t30"."benefit" = "t52"."benefit"
                                ) AS "t53"
                                WHERE
                                  "t53"."start_date" >= CAST(CAST("t53"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t53"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t54"
                              GROUP BY
                                1,
                                2
                            ) AS "t56"
                              ON "t51"."person_id" = "t56"."person_id" AND "t51"."benefit" = "t56"."benefit"
                          ) AS "t57"
                        ) AS "t60"
                          ON "t30"."person_id" = "t60"."person_id" AND "t30"."benefit" = "t60"."benefit"
                      ) AS "t61"
                      WHERE
                        "t61"."start_date" >= CAST(CAST("t61"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t61"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t62"
                    GROUP BY
                      1,
                      2
                  ) AS "t64"
                    ON "t59"."person_id" = "t64"."person_id" AND "t59"."benefit" = "t64"."benefit"
                ) AS "t65"
              ) AS "t67"
                ON "t30"."person_id" = "t67"."person_id" AND "t30"."benefit" = "t67"."benefit"
            ) AS "t68"
          ) AS "t69"
        ) AS "t70"
      ) AS "t71"
    ) AS "t72"
    GROUP BY
      1,
      2,
      3
  ) AS "t74"
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
    ON "t74"."_first" = "t4"."_frid"
), "t84" AS (
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
    "t83"."visitation_date"
  FROM (
    SELECT
      *
    FROM "t75" AS "t76"
    WHERE
      "t76"."benefit" IN ('sygedagpenge')
  ) AS "t79"
  INNER JOIN (
    SELECT
      "t81"."person_id",
      "t81"."benefit",
      "t81"."start_date",
      MIN("t81"."_from") AS "visitation_date"
    FROM (
      SELECT
        "t80"."person_id",
        "t80"."benefit",
        "t80"."start_date",
        "t80"."_last",
        "t7"."_pid",
        "t7"."_from"
      FROM (
        SELECT
          "t76"."person_id",
          "t76"."benefit",
          "t76"."start_date",
          "t76"."end_date" AS "_last"
        FROM "t75" AS "t76"
        WHERE
          "t76"."benefit" IN ('sygedagpenge')
      ) AS "t80"
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
        ON "t80"."person_id" = "t7"."_pid"
        AND "t7"."_from" >= "t80"."start_date"
        AND (
          (
            "t80"."_last" IS NULL
          ) OR (
            "t7"."_from" <= "t80"."_last"
          )
        )
    ) AS "t81"
    GROUP BY
      1,
      2,
      3
  ) AS "t83"
    ON "t79"."person_id" = "t83"."person_id"
    AND "t79"."benefit" = "t83"."benefit"
    AND "t79"."start_date" = "t83"."start_date"
)
SELECT
  "t95"."person_id",
  "t95"."benefit",
  'sick_rehabilitation_team' AS "kind",
  'sick_rehabilitation_team' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t95"."window_start" >= MAKE_DATE(2025, 1, 1)
    THEN 'L 74 (2024-25), § 1 (ophævelse af § 12, stk. 1, nr. 3); BM – Aftale forenkler og målretter sygedagpengesystemet (14.3.2024)'
    WHEN "t95"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'Sygedagpengeloven § 13 d, stk. 3, 2. pkt. (LBK nr. 1712 af 20.8.2021); Sygedagpengeloven § 13 d (elov); Sygedagpengeloven § 12 (visitationskategorier; visitation ved opfølgning)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t95"."window_start",
  CASE
    WHEN COALESCE("t95"."is_applicable", FALSE)
    THEN "t95"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t95"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t95"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t95"."fulfilled_date" <= "t95"."due_date"
    )
    THEN 'met'
    WHEN "t95"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t95"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t95"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t95"."is_applicable", FALSE)
    THEN "t95"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t95"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t95"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t95"."fulfilled_date" > "t95"."due_date"
    )
    THEN DATE_DIFF('DAY', "t95"."due_date", "t95"."fulfilled_date")
    WHEN NOT (
      "t95"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t95"."is_exempt", FALSE)
    )
    AND (
      "t95"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t95"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t95"."is_applicable", FALSE)
              THEN "t95"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t95"."window_start"
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
              WHEN COALESCE("t95"."is_applicable", FALSE)
              THEN "t95"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t95"."window_start"
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
  END || COALESCE("t95"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t94"."person_id",
    "t94"."benefit",
    "t94"."start_date",
    "t94"."end_date",
    "t94"."first_contact_date",
    "t94"."target_group",
    "t94"."first_absence_date",
    "t94"."sickness_category",
    "t94"."employed",
    "t94"."handover_date",
    "t94"."expected_absence_weeks",
    "t94"."work_obligation",
    "t94"."municipality",
    "t94"."early_followup_request_date",
    "t94"."education_order",
    "t94"."periods",
    "t94"."visitation_date",
    "t94"."window_start",
    "t94"."_weeks",
    "t94"."due_date",
    "t94"."fulfilled_date",
    (
      "t94"."_weeks" IS NOT NULL
    )
    AND NOT (
      (
        "t94"."end_date" IS NOT NULL
      )
      AND (
        "t94"."end_date" < "t94"."due_date"
      )
      AND (
        "t94"."fulfilled_date" IS NULL
      )
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t94"."_weeks" IS NULL
      THEN CASE
        WHEN CAST("t94"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t94"."window_start" AS TEXT),
          ': ingen frist for rehabiliteringsteamet (kategori 3 ikke i kraft)'
        )
      END
      WHEN "t94"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t94"."window_start" AS TEXT) IS NULL
        OR CAST("t94"."fulfilled_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t94"."window_start" AS TEXT),
          '; behandlet i rehabiliteringsteamet ',
          CAST("t94"."fulfilled_date" AS TEXT)
        )
      END
      WHEN (
        "t94"."end_date" IS NOT NULL
      )
      AND (
        "t94"."end_date" < "t94"."due_date"
      )
      AND (
        "t94"."fulfilled_date" IS NULL
      )
      THEN CASE
        WHEN CAST("t94"."window_start" AS TEXT) IS NULL
        OR CAST("t94"."end_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t94"."window_start" AS TEXT),
          '; sygedagpengeforløbet sluttede ',
          CAST("t94"."end_date" AS TEXT),
          ' før fristen'
        )
      END
      ELSE CASE
        WHEN CAST("t94"."window_start" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'visiteret til kategori 3 ',
          CAST("t94"."window_start" AS TEXT),
          '; ingen behandling i rehabiliteringsteamet'
        )
      END
    END AS "evidence"
  FROM (
    SELECT
      "t93".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t90"."visitation_date",
        "t90"."window_start",
        "t90"."_weeks",
        "t90"."due_date",
        "t92"."person_id" AS "person_id_right",
        "t92"."benefit" AS "benefit_right",
        "t92"."start_date" AS "start_date_right",
        "t92"."fulfilled_date"
      FROM (
        SELECT
          "t85"."person_id",
          "t85"."benefit",
          "t85"."start_date",
          "t85"."end_date",
          "t85"."first_contact_date",
          "t85"."target_group",
          "t85"."first_absence_date",
          "t85"."sickness_category",
          "t85"."employed",
          "t85"."handover_date",
          "t85"."expected_absence_weeks",
          "t85"."work_obligation",
          "t85"."municipality",
          "t85"."early_followup_request_date",
          "t85"."education_order",
          "t85"."periods",
          "t85"."visitation_date",
          "t85"."visitation_date" AS "window_start",
          CASE
            WHEN "t85"."visitation_date" >= MAKE_DATE(2025, 1, 1)
            THEN CAST(NULL AS BIGINT)
            WHEN "t85"."visitation_date" >= MAKE_DATE(2015, 1, 1)
            THEN 4
            ELSE CAST(NULL AS BIGINT)
          END AS "_weeks",
          CAST(CAST("t85"."visitation_date" + TO_DAYS(
            CASE
              WHEN "t85"."visitation_date" >= MAKE_DATE(2025, 1, 1)
              THEN CAST(NULL AS BIGINT)
              WHEN "t85"."visitation_date" >= MAKE_DATE(2015, 1, 1)
              THEN 4
              ELSE CAST(NULL AS BIGINT)
            END * 7
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM "t84" AS "t85"
      ) AS "t90"
      LEFT OUTER JOIN (
        SELECT
          "t88"."person_id",
          "t88"."benefit",
          "t88"."start_date",
          MIN("t88"."_date") AS "fulfilled_date"
        FROM (
          SELECT
            "t87"."person_id",
            "t87"."benefit",
            "t87"."start_date",
            "t87"."_ws",
            "t87"."_last",
            "t6"."_pid",
            "t6"."_date"
          FROM (
            SELECT
              "t85"."person_id",
              "t85"."benefit",
              "t85"."start_date",
              "t85"."visitation_date" AS "_ws",
              COALESCE("t85"."end_date", CAST($as_of AS DATE)) AS "_last"
            FROM "t84" AS "t85"
          ) AS "t87"
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
            ON "t87"."person_id" = "t6"."_pid"
            AND "t6"."_date" >= "t87"."_ws"
            AND "t6"."_date" <= "t87"."_last"
        ) AS "t88"
        GROUP BY
          1,
          2,
          3
      ) AS "t92"
        ON "t90"."person_id" = "t92"."person_id"
        AND "t90"."benefit" = "t92"."benefit"
        AND "t90"."start_date" = "t92"."start_date"
    ) AS "t93"
  ) AS "t94"
) AS "t95"
