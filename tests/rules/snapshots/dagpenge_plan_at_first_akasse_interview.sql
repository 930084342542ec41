WITH "t9" AS (
  SELECT
    "t0"."person_id",
    "t0"."benefit",
    "t0"."start_date",
    "t0"."target_group",
    "t0"."early_followup_request_date",
    "t0"."education_order",
    "t0"."rowid" AS "_rid",
    CASE
      WHEN (
        "t0"."end_date" IS NULL
      ) OR (
        "t0"."end_date" > CAST($as_of AS DATE)
      )
      THEN MAKE_DATE(9999, 12, 31)
      ELSE "t0"."end_date"
    END AS "_end",
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t0"."start_date" >= MAKE_DATE(2020, 1, 1)
          THEN ['dagpenge']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t0"."benefit"
      ),
      FALSE
    ) AS "_acc"
  FROM "benefit_periods" AS "t0"
  WHERE
    "t0"."start_date" <= CAST($as_of AS DATE)
), "t12" AS (
  SELECT
    "t10"."person_id",
    COUNT(*) AS "_rows"
  FROM "t9" AS "t10"
  GROUP BY
    1
), "t26" AS (
  SELECT
    *
  FROM (
    SELECT
      "t24"."person_id",
      "t24"."benefit",
      "t24"."start_date",
      "t24"."target_group",
      "t24"."early_followup_request_date",
      "t24"."education_order",
      "t24"."_rid",
      "t24"."_end",
      "t24"."_acc",
      "t24"."_new",
      "t24"."_spell_start"
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
        "t23"."_switch",
        "t23"."_run",
        "t23"."_new",
        MAX(CASE WHEN "t23"."_new" = 1 THEN "t23"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
          PARTITION BY "t23"."person_id"
          ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
        ) AS "_spell_start"
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
          CASE
            WHEN (
              "t22"."_switch" = 1
            )
            OR (
              (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NOT NULL
              )
              AND (
                MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) < MAKE_DATE(9999, 12, 31)
              )
              AND (
                "t22"."start_date" > CAST(CAST(MAX("t22"."_end") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
              )
              AND (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN ['sygedagpenge']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t22"."benefit"
                  ),
                  FALSE
                )
                OR (
                  (
                    CASE
                      WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                      THEN 1
                      ELSE CAST(NULL AS BIGINT)
                    END IS NOT NULL
                  )
                  AND (
                    "t22"."start_date" >= CAST(CAST(CASE
                      WHEN EXTRACT(day FROM CAST(CAST(MAX("t22"."_end") OVER (
                        PARTITION BY "t22"."person_id", "t22"."_run"
                        ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                      THEN CAST(CAST(MAX("t22"."_end") OVER (
                        PARTITION BY "t22"."person_id", "t22"."_run"
                        ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ELSE CAST(CAST(DATE_TRUNC(
                        'MONTH',
                        CAST(CAST(MAX("t22"."_end") OVER (
                          PARTITION BY "t22"."person_id", "t22"."_run"
                          ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                      ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                    END + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                  WHEN "t22"."start_date" >= MAKE_DATE(2020, 1, 1)
                  THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                  ELSE CAST(NULL AS TEXT[])
                END,
                LAG("t22"."target_group") OVER (
                  PARTITION BY "t22"."person_id", "t22"."_run"
                  ORDER BY "t22"."start_date" ASC, "t22"."benefit" ASC, "t22"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) || CASE
                  WHEN "t22"."target_group" IS NULL
                  THEN NULL
                  ELSE CONCAT('>', "t22"."target_group")
                END
              ),
              FALSE
            )
            THEN 1
            ELSE 0
          END AS "_new"
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
            SUM("t21"."_switch") OVER (
              PARTITION BY "t21"."person_id"
              ORDER BY "t21"."start_date" ASC, "t21"."benefit" ASC, "t21"."_end" ASC
              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
            ) AS "_run"
          FROM (
            SELECT
              "t19"."person_id",
              "t19"."benefit",
              "t19"."start_date",
              "t19"."target_group",
              "t19"."early_followup_request_date",
              "t19"."education_order",
              "t19"."_rid",
              "t19"."_end",
              "t19"."_acc",
              CASE
                WHEN LAG("t19"."benefit") OVER (
                  PARTITION BY "t19"."person_id"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) IS NULL
                THEN 1
                WHEN LAG("t19"."benefit") OVER (
                  PARTITION BY "t19"."person_id"
                  ORDER BY "t19"."start_date" ASC, "t19"."benefit" ASC, "t19"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                ) <> "t19"."benefit"
                THEN 1
                ELSE 0
              END AS "_switch"
            FROM (
              SELECT
                "t11"."person_id",
                "t11"."benefit",
                "t11"."start_date",
                "t11"."target_group",
                "t11"."early_followup_request_date",
                "t11"."education_order",
                "t11"."_rid",
                "t11"."_end",
                "t11"."_acc"
              FROM "t9" AS "t11"
              SEMI JOIN (
                SELECT
                  *
                FROM "t12" AS "t13"
                WHERE
                  "t13"."_rows" > 1
              ) AS "t17"
                ON "t11"."person_id" = "t17"."person_id"
            ) AS "t19"
          ) AS "t21"
        ) AS "t22"
      ) AS "t23"
    ) AS "t24"
  ) AS "t25"
  UNION ALL
  SELECT
    *
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
      1 AS "_new",
      "t18"."start_date" AS "_spell_start"
    FROM (
      SELECT
        "t11"."person_id",
        "t11"."benefit",
        "t11"."start_date",
        "t11"."target_group",
        "t11"."early_followup_request_date",
        "t11"."education_order",
        "t11"."_rid",
        "t11"."_end",
        "t11"."_acc"
      FROM "t9" AS "t11"
      SEMI JOIN (
        SELECT
          *
        FROM "t12" AS "t13"
        WHERE
          "t13"."_rows" = 1
      ) AS "t16"
        ON "t11"."person_id" = "t16"."person_id"
    ) AS "t18"
  ) AS "t20"
), "t28" AS (
  SELECT
    *
  FROM "t26" AS "t27"
  WHERE
    "t27"."_acc"
), "t32" AS (
  SELECT
    "t30"."person_id",
    "t30"."benefit",
    MIN("t30"."start_date") AS "c1"
  FROM "t28" AS "t30"
  GROUP BY
    1,
    2
), "t41" AS (
  SELECT
    "t40"."person_id",
    "t40"."benefit",
    "t40"."c1",
    "t40"."c2"
  FROM (
    SELECT
      "t34"."person_id",
      "t34"."benefit",
      "t34"."c1",
      "t39"."person_id" AS "person_id_right",
      "t39"."benefit" AS "benefit_right",
      "t39"."c2"
    FROM "t32" AS "t34"
    LEFT OUTER JOIN (
      SELECT
        "t37"."person_id",
        "t37"."benefit",
        MIN("t37"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t35"."c1"
          FROM "t28" AS "t31"
          INNER JOIN "t32" AS "t35"
            ON "t31"."person_id" = "t35"."person_id" AND "t31"."benefit" = "t35"."benefit"
        ) AS "t36"
        WHERE
          "t36"."start_date" >= CAST(CAST("t36"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t36"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t37"
      GROUP BY
        1,
        2
    ) AS "t39"
      ON "t34"."person_id" = "t39"."person_id" AND "t34"."benefit" = "t39"."benefit"
  ) AS "t40"
), "t50" AS (
  SELECT
    "t49"."person_id",
    "t49"."benefit",
    "t49"."c1",
    "t49"."c2",
    "t49"."c3"
  FROM (
    SELECT
      "t43"."person_id",
      "t43"."benefit",
      "t43"."c1",
      "t43"."c2",
      "t48"."person_id" AS "person_id_right",
      "t48"."benefit" AS "benefit_right",
      "t48"."c3"
    FROM "t41" AS "t43"
    LEFT OUTER JOIN (
      SELECT
        "t46"."person_id",
        "t46"."benefit",
        MIN("t46"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t31"."person_id",
            "t31"."benefit",
            "t31"."start_date",
            "t31"."target_group",
            "t31"."early_followup_request_date",
            "t31"."education_order",
            "t31"."_rid",
            "t31"."_end",
            "t31"."_acc",
            "t31"."_new",
            "t31"."_spell_start",
            "t44"."c1",
            "t44"."c2"
          FROM "t28" AS "t31"
          INNER JOIN "t41" AS "t44"
            ON "t31"."person_id" = "t44"."person_id" AND "t31"."benefit" = "t44"."benefit"
        ) AS "t45"
        WHERE
          "t45"."start_date" >= CAST(CAST("t45"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t45"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t46"
      GROUP BY
        1,
        2
    ) AS "t48"
      ON "t43"."person_id" = "t48"."person_id" AND "t43"."benefit" = "t48"."benefit"
  ) AS "t49"
), "t76" AS (
  SELECT
    "t75"."person_id",
    "t75"."benefit",
    "t75"."_key" AS "start_date",
    CASE
      WHEN "t75"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t75"."_end"
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
    "t75"."early_followup_request_date",
    "t75"."education_order",
    "t75"."periods"
  FROM (
    SELECT
      "t73"."person_id",
      "t73"."benefit",
      "t73"."_key",
      MAX("t73"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t73"."_rid" ORDER BY "t73"."start_date") AS "_first",
      MIN("t73"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t73"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t27"."person_id",
          "t27"."benefit",
          "t27"."start_date",
          "t27"."_end",
          "t27"."_spell_start" AS "_key",
          "t27"."_acc",
          "t27"."_rid",
          "t27"."early_followup_request_date",
          "t27"."education_order"
        FROM "t26" AS "t27"
        WHERE
          NOT (
            "t27"."_acc"
          )
      ) AS "t29"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t71"."person_id",
          "t71"."benefit",
          "t71"."start_date",
          "t71"."_end",
          "t71"."_key",
          "t71"."_acc",
          "t71"."_rid",
          "t71"."early_followup_request_date",
          "t71"."education_order"
        FROM (
          SELECT
            "t70".*
            EXCLUDE ("c1", "c2", "c3", "c4", "c5")
          FROM (
            SELECT
              "t69"."person_id",
              "t69"."benefit",
              "t69"."start_date",
              "t69"."target_group",
              "t69"."early_followup_request_date",
              "t69"."education_order",
              "t69"."_rid",
              "t69"."_end",
              "t69"."_acc",
              "t69"."_new",
              "t69"."_spell_start",
              "t69"."c1",
              "t69"."c2",
              "t69"."c3",
              "t69"."c4",
              "t69"."c5",
              GREATEST(
                CASE
                  WHEN "t69"."c1" <= "t69"."start_date"
                  THEN "t69"."c1"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t69"."c2" <= "t69"."start_date"
                  THEN "t69"."c2"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t69"."c3" <= "t69"."start_date"
                  THEN "t69"."c3"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t69"."c4" <= "t69"."start_date"
                  THEN "t69"."c4"
                  ELSE CAST(NULL AS DATE)
                END,
                CASE
                  WHEN "t69"."c5" <= "t69"."start_date"
                  THEN "t69"."c5"
                  ELSE CAST(NULL AS DATE)
                END
              ) AS "_key"
            FROM (
              SELECT
                "t31"."person_id",
                "t31"."benefit",
                "t31"."start_date",
                "t31"."target_group",
                "t31"."early_followup_request_date",
                "t31"."education_order",
                "t31"."_rid",
                "t31"."_end",
                "t31"."_acc",
                "t31"."_new",
                "t31"."_spell_start",
                "t68"."c1",
                "t68"."c2",
                "t68"."c3",
                "t68"."c4",
                "t68"."c5"
              FROM "t28" AS "t31"
              INNER JOIN (
                SELECT
                  "t66".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t60"."person_id",
                    "t60"."benefit",
                    "t60"."c1",
                    "t60"."c2",
                    "t60"."c3",
                    "t60"."c4",
                    "t65"."person_id" AS "person_id_right",
                    "t65"."benefit" AS "benefit_right",
                    "t65"."c5"
                  FROM (
                    SELECT
                      "t58".*
                      EXCLUDE ("benefit_right", "person_id_right")
                    FROM (
                      SELECT
                        "t52"."person_id",
                        "t52"."benefit",
                        "t52"."c1",
                        "t52"."c2",
                        "t52"."c3",
                        "t57"."person_id" AS "person_id_right",
                        "t57"."benefit" AS "benefit_right",
                        "t57"."c4"
                      FROM "t50" AS "t52"
                      LEFT OUTER JOIN (
                        SELECT
                          "t55"."person_id",
                          "t55"."benefit",
                          MIN("t55"."start_date") AS "c4"
                        FROM (
                          SELECT
                            *
                          FROM (
                            SELECT
                              "t31"."person_id",
                              "t31"."benefit",
                              "t31"."start_date",
                              "t31"."target_group",
                              "t31"."early_followup_request_date",
                              "t31"."education_order",
                              "t31"."_rid",
                              "t31"."_end",
                              "t31"."_acc",
                              "t31"."_new",
                              "t31"."_spell_start",
                              "t53"."c1",
                              "t53"."c2",
                              "t53"."c3"
                            FROM "t28" AS "t31"
                            INNER JOIN "t50" AS "t53"
                              ON "t31"."person_id" = "t53"."person_id" AND "t31"."benefit" = "t53"."benefit"
                          ) AS "t54"
                          WHERE
                            "t54"."start_date" >= CAST(CAST("t54"."c3" + TO_MONTHS(
                              COALESCE(
                                CASE WHEN "t54"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                        ) AS "t55"
                        GROUP BY
                          1,
                          2
                      ) AS "t57"
                        ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
                    ) AS "t58"
                  ) AS "t60"
                  LEFT OUTER JOIN (
                    SELECT
                      "t63"."person_id",
                      "t63"."benefit",
                      MIN("t63"."start_date") AS "c5"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t31"."person_id",
                          "t31"."benefit",
                          "t31"."start_date",
                          "t31"."target_group",
                          "t31"."early_followup_request_date",
                          "t31"."education_order",
                          "t31"."_rid",
                          "t31"."_end",
                          "t31"."_acc",
                          "t31"."_new",
                          "t31"."_spell_start",
                          "t61"."c1",
                          "t61"."c2",
                          "t61"."c3",
                          "t61"."c4"
                        FROM "t28" AS "t31"
                        INNER JOIN (
                          SELECT
                            "t58".*
                            EXCLUDE ("benefit_right", "person_id_right")
                          FROM (
                            SELECT
                              "t52"."person_id",
                              "t52"."benefit",
                              "t52"."c1",
                              "t52"."c2",
                              "t52"."c3",
                              "t57"."person_id" AS "person_id_right",
                              "t57"."benefit" AS "benefit_right",
                              "t57"."c4"
                            FROM "t50" AS "t52"
                            LEFT OUTER JOIN (
                              SELECT
                                "t55"."person_id",
                                "t55"."benefit",
                                MIN("t55"."start_date") AS "c4"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t31"."person_id",
                                    "t31"."benefit",
                                    "t31"."start_date",
                                    "t31"."target_group",
                                    "t31"."early_followup_request_date",
                                    "t31"."education_order",
                                    "t31"."_rid",
                                    "t31"."_end",
                                    "t31"."_acc",
                                    "t31"."_new",
                                    "t31"."_spell_start",
                                    "t53"."c1",
                                    "t53"."c2",
                                    "t53"."c3"
                                  FROM "t28" AS "t31"
                                  INNER JOIN "t50" AS "t53"
                                    ON "t31"."person_id" = "t53"."person_id" AND "t31"."benefit" = "t53"."benefit"
                                ) AS "t54"
                                WHERE
                                  "t54"."start_date" >= CAST(CAST("t54"."c3" + TO_MONTHS(
                                    COALESCE(
                                      CASE WHEN "t54"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                              ) AS "t55"
                              GROUP BY
                                1,
                                2
                            ) AS "t57"
                              ON "t52"."person_id" = "t57"."person_id" AND "t52"."benefit" = "t57"."benefit"
                          ) AS "t58"
                        ) AS "t61"
                          ON "t31"."person_id" = "t61"."person_id" AND "t31"."benefit" = "t61"."benefit"
                      ) AS "t62"
                      WHERE
                        "t62"."start_date" >= CAST(CAST("t62"."c4" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t62"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t63"
                    GROUP BY
                      1,
                      2
                  ) AS "t65"
                    ON "t60"."person_id" = "t65"."person_id" AND "t60"."benefit" = "t65"."benefit"
                ) AS "t66"
              ) AS "t68"
                ON "t31"."person_id" = "t68"."person_id" AND "t31"."benefit" = "t68"."benefit"
            ) AS "t69"
          ) AS "t70"
        ) AS "t71"
      ) AS "t72"
    ) AS "t73"
    GROUP BY
      1,
      2,
      3
  ) AS "t75"
  INNER JOIN (
    SELECT
      "t0"."rowid" AS "_frid",
      "t0"."first_contact_date",
      "t0"."target_group",
      "t0"."first_absence_date",
      "t0"."sickness_category",
      "t0"."employed",
      "t0"."handover_date",
      "t0"."expected_absence_weeks",
      "t0"."work_obligation",
      "t0"."municipality"
    FROM "benefit_periods" AS "t0"
  ) AS "t4"
    ON "t75"."_first" = "t4"."_frid"
)
SELECT
  "t94"."person_id",
  "t94"."benefit",
  'plan_before_offer' AS "kind",
  'dagpenge_plan_at_first_akasse_interview' AS "rule_id",
  '1.0.0' AS "rule_version",
  CASE
    WHEN "t94"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'LAB § 42; reformens ændringer af Min Plan er ikke læst'
    WHEN "t94"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 42 (a-kassen udarbejder Min Plan ved første jobsamtale)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t94"."window_start",
  CASE
    WHEN COALESCE("t94"."is_applicable", FALSE)
    THEN "t94"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t94"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t94"."fulfilled_date" <= "t94"."due_date"
    )
    THEN 'met'
    WHEN "t94"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t94"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t94"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t94"."is_applicable", FALSE)
    THEN "t94"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t94"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t94"."fulfilled_date" > "t94"."due_date"
    )
    THEN DATE_DIFF('DAY', "t94"."due_date", "t94"."fulfilled_date")
    WHEN NOT (
      "t94"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t94"."is_exempt", FALSE)
    )
    AND (
      "t94"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t94"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t94"."is_applicable", FALSE)
              THEN "t94"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t94"."window_start"
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
              WHEN COALESCE("t94"."is_applicable", FALSE)
              THEN "t94"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t94"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_plan_at_first_akasse_interview'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t94"."evidence", '') AS "evidence"
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
    "t93"."due_date",
    "t93"."fulfilled_date",
    COALESCE(
      CASE
        WHEN "t93"."window_start" >= MAKE_DATE(2026, 7, 1)
        THEN TRUE
        WHEN "t93"."window_start" >= MAKE_DATE(2024, 1, 1)
        THEN TRUE
        ELSE CAST(NULL AS BOOLEAN)
      END,
      FALSE
    ) AS "is_applicable",
    FALSE AS "is_exempt",
    CASE
      WHEN "t93"."fulfilled_date" IS NOT NULL
      THEN CASE
        WHEN CAST("t93"."fulfilled_date" AS TEXT) IS NULL
        OR CAST("t93"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT(
          'Min Plan ',
          CAST("t93"."fulfilled_date" AS TEXT),
          '; a-kassens første jobsamtale ',
          CAST("t93"."due_date" AS TEXT)
        )
      END
      ELSE CASE
        WHEN CAST("t93"."due_date" AS TEXT) IS NULL
        THEN NULL
        ELSE CONCAT('ingen Min Plan fra a-kassens første jobsamtale ', CAST("t93"."due_date" AS TEXT))
      END
    END AS "evidence"
  FROM (
    SELECT
      "t92".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
        "t85"."due_date",
        "t91"."person_id" AS "person_id_right",
        "t91"."benefit" AS "benefit_right",
        "t91"."start_date" AS "start_date_right",
        "t91"."fulfilled_date"
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
          "t77"."start_date" AS "window_start"
        FROM "t76" AS "t77"
        WHERE
          "t77"."benefit" IN ('dagpenge')
      ) AS "t80"
      INNER JOIN (
        SELECT
          "t83"."person_id",
          "t83"."benefit",
          "t83"."start_date",
          MIN("t83"."date") AS "due_date"
        FROM (
          SELECT
            "t82"."person_id",
            "t82"."benefit",
            "t82"."start_date",
            "t82"."date",
            CASE
              WHEN "t82"."kind" IS NULL
              OR CAST("t82"."date" AS TEXT) IS NULL
              OR "t82"."form" IS NULL
              OR "t82"."held_by" IS NULL
              THEN NULL
              ELSE CONCAT("t82"."kind", ' ', CAST("t82"."date" AS TEXT), ' (', "t82"."form", ', ', "t82"."held_by", ')')
            END AS "description"
          FROM (
            SELECT
              "t81"."person_id",
              "t81"."benefit",
              "t81"."start_date",
              "t81"."window_start",
              "t81"."_first",
              "t81"."_last",
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
                "t77"."person_id",
                "t77"."benefit",
                "t77"."start_date",
                "t77"."start_date" AS "window_start",
                "t77"."start_date" AS "_first",
                COALESCE("t77"."end_date", CAST($as_of AS DATE)) AS "_last"
              FROM "t76" AS "t77"
              WHERE
                "t77"."benefit" IN ('dagpenge')
            ) AS "t81"
            INNER JOIN (
              SELECT
                *
              FROM "conversations" AS "t2"
              WHERE
                "t2"."status" = 'afholdt'
                AND COALESCE("t2"."individual", TRUE)
                AND "t2"."date" <= CAST($as_of AS DATE)
                AND "t2"."kind" IN ('jobsamtale')
            ) AS "t8"
              ON "t81"."person_id" = "t8"."person_id"
              AND "t8"."date" >= "t81"."_first"
              AND "t8"."date" <= "t81"."_last"
          ) AS "t82"
          WHERE
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t82"."window_start" >= MAKE_DATE(2024, 1, 1)
                  THEN ['akasse']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t82"."held_by"
              ),
              FALSE
            )
            AND COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN ['personligt', 'telefon', 'video']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t82"."form"
              ),
              FALSE
            )
        ) AS "t83"
        GROUP BY
          1,
          2,
          3
      ) AS "t85"
        ON "t80"."person_id" = "t85"."person_id"
        AND "t80"."benefit" = "t85"."benefit"
        AND "t80"."start_date" = "t85"."start_date"
      LEFT OUTER JOIN (
        SELECT
          "t89"."person_id",
          "t89"."benefit",
          "t89"."start_date",
          MIN("t89"."_d") AS "fulfilled_date"
        FROM (
          SELECT
            "t88"."person_id",
            "t88"."benefit",
            "t88"."start_date",
            "t88"."_ws",
            "t88"."_last",
            "t7"."_pid",
            "t7"."_d"
          FROM (
            SELECT
              "t86"."person_id",
              "t86"."benefit",
              "t86"."start_date",
              "t86"."window_start" AS "_ws",
              COALESCE("t86"."end_date", CAST($as_of AS DATE)) AS "_last"
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
                "t85"."due_date"
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
                  "t77"."start_date" AS "window_start"
                FROM "t76" AS "t77"
                WHERE
                  "t77"."benefit" IN ('dagpenge')
              ) AS "t80"
              INNER JOIN (
                SELECT
                  "t83"."person_id",
                  "t83"."benefit",
                  "t83"."start_date",
                  MIN("t83"."date") AS "due_date"
                FROM (
                  SELECT
                    "t82"."person_id",
                    "t82"."benefit",
                    "t82"."start_date",
                    "t82"."date",
                    CASE
                      WHEN "t82"."kind" IS NULL
                      OR CAST("t82"."date" AS TEXT) IS NULL
                      OR "t82"."form" IS NULL
                      OR "t82"."held_by" IS NULL
                      THEN NULL
                      ELSE CONCAT("t82"."kind", ' ', CAST("t82"."date" AS TEXT), ' (', "t82"."form", ', ', "t82"."held_by", ')')
                    END AS "description"
                  FROM (
                    SELECT
                      "t81"."person_id",
                      "t81"."benefit",
                      "t81"."start_date",
                      "t81"."window_start",
                      "t81"."_first",
                      "t81"."_last",
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
                        "t77"."person_id",
                        "t77"."benefit",
                        "t77"."start_date",
                        "t77"."start_date" AS "window_start",
                        "t77"."start_date" AS "_first",
                        COALESCE("t77"."end_date", CAST($as_of AS DATE)) AS "_last"
                      FROM "t76" AS "t77"
                      WHERE
                        "t77"."benefit" IN ('dagpenge')
                    ) AS "t81"
                    INNER JOIN (
                      SELECT
                        *
                      FROM "conversations" AS "t2"
                      WHERE
                        "t2"."status" = 'afholdt'
                        AND COALESCE("t2"."individual", TRUE)
                        AND "t2"."date" <= CAST($as_of AS DATE)
                        AND "t2"."kind" IN ('jobsamtale')
                    ) AS "t8"
                      ON "t81"."person_id" = "t8"."person_id"
                      AND "t8"."date" >= "t81"."_first"
                      AND "t8"."date" <= "t81"."_last"
                  ) AS "t82"
                  WHERE
                    COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t82"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN ['akasse']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t82"."held_by"
                      ),
                      FALSE
                    )
                    AND COALESCE(
                      ARRAY_CONTAINS(
                        CASE
                          WHEN "t82"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN ['personligt', 'telefon', 'video']
                          ELSE CAST(NULL AS TEXT[])
                        END,
                        "t82"."form"
                      ),
                      FALSE
                    )
                ) AS "t83"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t85"
                ON "t80"."person_id" = "t85"."person_id"
                AND "t80"."benefit" = "t85"."benefit"
                AND "t80"."start_date" = "t85"."start_date"
            ) AS "t86"
          ) AS "t88"
          INNER JOIN (
            SELECT
              "t1"."person_id" AS "_pid",
              "t1"."date" AS "_d"
            FROM "plans" AS "t1"
            WHERE
              "t1"."date" <= CAST($as_of AS DATE)
          ) AS "t7"
            ON "t88"."person_id" = "t7"."_pid"
            AND "t7"."_d" >= "t88"."_ws"
            AND "t7"."_d" <= "t88"."_last"
        ) AS "t89"
        GROUP BY
          1,
          2,
          3
      ) AS "t91"
        ON "t80"."person_id" = "t91"."person_id"
        AND "t80"."benefit" = "t91"."benefit"
        AND "t80"."start_date" = "t91"."start_date"
    ) AS "t92"
  ) AS "t93"
) AS "t94"
