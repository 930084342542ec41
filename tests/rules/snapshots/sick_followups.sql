WITH "t11" AS (
  SELECT
    "t2"."person_id",
    "t2"."benefit",
    "t2"."start_date",
    "t2"."target_group",
    "t2"."early_followup_request_date",
    "t2"."education_order",
    "t2"."rowid" AS "_rid",
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
), "t14" AS (
  SELECT
    "t12"."person_id",
    COUNT(*) AS "_rows",
    MIN("t12"."benefit") = MAX("t12"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t12"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t11" AS "t12"
  GROUP BY
    1
), "t40" AS (
  SELECT
    *
  FROM (
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
        "t24"."start_date" AS "_spell_start"
      FROM (
        SELECT
          "t13"."person_id",
          "t13"."benefit",
          "t13"."start_date",
          "t13"."target_group",
          "t13"."early_followup_request_date",
          "t13"."education_order",
          "t13"."_rid",
          "t13"."_end",
          "t13"."_acc"
        FROM "t11" AS "t13"
        SEMI JOIN (
          SELECT
            *
          FROM "t14" AS "t15"
          WHERE
            "t15"."_rows" = 1
        ) AS "t20"
          ON "t13"."person_id" = "t20"."person_id"
      ) AS "t24"
    ) AS "t28"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t25"."person_id",
        "t25"."benefit",
        "t25"."start_date",
        "t25"."target_group",
        "t25"."early_followup_request_date",
        "t25"."education_order",
        "t25"."_rid",
        "t25"."_end",
        "t25"."_acc",
        CAST(NULL AS DATE) AS "_spell_start"
      FROM (
        SELECT
          "t13"."person_id",
          "t13"."benefit",
          "t13"."start_date",
          "t13"."target_group",
          "t13"."early_followup_request_date",
          "t13"."education_order",
          "t13"."_rid",
          "t13"."_end",
          "t13"."_acc"
        FROM "t11" AS "t13"
        SEMI JOIN (
          SELECT
            *
          FROM "t14" AS "t15"
          WHERE
            "t15"."_rows" > 1 AND "t15"."_one_benefit" AND "t15"."_all_acc"
        ) AS "t21"
          ON "t13"."person_id" = "t21"."person_id"
      ) AS "t25"
    ) AS "t29"
  ) AS "t30"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t34"."person_id",
        "t34"."benefit",
        "t34"."start_date",
        "t34"."target_group",
        "t34"."early_followup_request_date",
        "t34"."education_order",
        "t34"."_rid",
        "t34"."_end",
        "t34"."_acc",
        "t34"."_spell_start"
      FROM (
        SELECT
          "t33"."person_id",
          "t33"."benefit",
          "t33"."start_date",
          "t33"."target_group",
          "t33"."early_followup_request_date",
          "t33"."education_order",
          "t33"."_rid",
          "t33"."_end",
          "t33"."_acc",
          "t33"."_new",
          MAX(CASE WHEN "t33"."_new" = 1 THEN "t33"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t33"."person_id"
            ORDER BY "t33"."start_date" ASC, "t33"."benefit" ASC, "t33"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t27"."person_id",
            "t27"."benefit",
            "t27"."start_date",
            "t27"."target_group",
            "t27"."early_followup_request_date",
            "t27"."education_order",
            "t27"."_rid",
            "t27"."_end",
            "t27"."_acc",
            CASE
              WHEN (
                MAX("t27"."_end") OVER (
                  PARTITION BY "t27"."person_id"
                  ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t27"."_end") OVER (
                    PARTITION BY "t27"."person_id"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t27"."_end") OVER (
                    PARTITION BY "t27"."person_id"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t27"."start_date" > CAST(CAST(MAX("t27"."_end") OVER (
                    PARTITION BY "t27"."person_id"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t27"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t27"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t27"."_end") OVER (
                          PARTITION BY "t27"."person_id"
                          ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t27"."_end") OVER (
                          PARTITION BY "t27"."person_id"
                          ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t27"."_end") OVER (
                            PARTITION BY "t27"."person_id"
                            ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t27"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t27"."target_group") OVER (
                    PARTITION BY "t27"."person_id"
                    ORDER BY "t27"."start_date" ASC, "t27"."benefit" ASC, "t27"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t27"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t27"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t13"."person_id",
              "t13"."benefit",
              "t13"."start_date",
              "t13"."target_group",
              "t13"."early_followup_request_date",
              "t13"."education_order",
              "t13"."_rid",
              "t13"."_end",
              "t13"."_acc"
            FROM "t11" AS "t13"
            SEMI JOIN (
              SELECT
                *
              FROM "t14" AS "t15"
              WHERE
                "t15"."_rows" > 1 AND "t15"."_one_benefit" AND NOT (
                  "t15"."_all_acc"
                )
            ) AS "t23"
              ON "t13"."person_id" = "t23"."person_id"
          ) AS "t27"
        ) AS "t33"
      ) AS "t34"
    ) AS "t35"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t37"."person_id",
        "t37"."benefit",
        "t37"."start_date",
        "t37"."target_group",
        "t37"."early_followup_request_date",
        "t37"."education_order",
        "t37"."_rid",
        "t37"."_end",
        "t37"."_acc",
        "t37"."_spell_start"
      FROM (
        SELECT
          "t36"."person_id",
          "t36"."benefit",
          "t36"."start_date",
          "t36"."target_group",
          "t36"."early_followup_request_date",
          "t36"."education_order",
          "t36"."_rid",
          "t36"."_end",
          "t36"."_acc",
          "t36"."_switch",
          "t36"."_run",
          "t36"."_new",
          MAX(CASE WHEN "t36"."_new" = 1 THEN "t36"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t36"."person_id"
            ORDER BY "t36"."start_date" ASC, "t36"."benefit" ASC, "t36"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t32"."person_id",
            "t32"."benefit",
            "t32"."start_date",
            "t32"."target_group",
            "t32"."early_followup_request_date",
            "t32"."education_order",
            "t32"."_rid",
            "t32"."_end",
            "t32"."_acc",
            "t32"."_switch",
            "t32"."_run",
            CASE
              WHEN (
                "t32"."_switch" = 1
              )
              OR (
                (
                  MAX("t32"."_end") OVER (
                    PARTITION BY "t32"."person_id", "t32"."_run"
                    ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t32"."_end") OVER (
                    PARTITION BY "t32"."person_id", "t32"."_run"
                    ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t32"."start_date" > CAST(CAST(MAX("t32"."_end") OVER (
                    PARTITION BY "t32"."person_id", "t32"."_run"
                    ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t32"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t32"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t32"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t32"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t32"."_end") OVER (
                          PARTITION BY "t32"."person_id", "t32"."_run"
                          ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t32"."_end") OVER (
                          PARTITION BY "t32"."person_id", "t32"."_run"
                          ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t32"."_end") OVER (
                            PARTITION BY "t32"."person_id", "t32"."_run"
                            ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t32"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t32"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t32"."target_group") OVER (
                    PARTITION BY "t32"."person_id", "t32"."_run"
                    ORDER BY "t32"."start_date" ASC, "t32"."benefit" ASC, "t32"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t32"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t32"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              "t31"."_switch",
              SUM("t31"."_switch") OVER (
                PARTITION BY "t31"."person_id"
                ORDER BY "t31"."start_date" ASC, "t31"."benefit" ASC, "t31"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
            FROM (
              SELECT
                "t26"."person_id",
                "t26"."benefit",
                "t26"."start_date",
                "t26"."target_group",
                "t26"."early_followup_request_date",
                "t26"."education_order",
                "t26"."_rid",
                "t26"."_end",
                "t26"."_acc",
                CASE
                  WHEN LAG("t26"."benefit") OVER (
                    PARTITION BY "t26"."person_id"
                    ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t26"."benefit") OVER (
                    PARTITION BY "t26"."person_id"
                    ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t26"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
              FROM (
                SELECT
                  "t13"."person_id",
                  "t13"."benefit",
                  "t13"."start_date",
                  "t13"."target_group",
                  "t13"."early_followup_request_date",
                  "t13"."education_order",
                  "t13"."_rid",
                  "t13"."_end",
                  "t13"."_acc"
                FROM "t11" AS "t13"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t14" AS "t15"
                  WHERE
                    "t15"."_rows" > 1 AND NOT (
                      "t15"."_one_benefit"
                    )
                ) AS "t22"
                  ON "t13"."person_id" = "t22"."person_id"
              ) AS "t26"
            ) AS "t31"
          ) AS "t32"
        ) AS "t36"
      ) AS "t37"
    ) AS "t38"
  ) AS "t39"
), "t42" AS (
  SELECT
    *
  FROM "t40" AS "t41"
  WHERE
    "t41"."_acc"
), "t46" AS (
  SELECT
    "t44"."person_id",
    "t44"."benefit",
    MIN("t44"."start_date") AS "c1"
  FROM "t42" AS "t44"
  GROUP BY
    1,
    2
), "t55" AS (
  SELECT
    "t54"."person_id",
    "t54"."benefit",
    "t54"."c1",
    "t54"."c2"
  FROM (
    SELECT
      "t48"."person_id",
      "t48"."benefit",
      "t48"."c1",
      "t53"."person_id" AS "person_id_right",
      "t53"."benefit" AS "benefit_right",
      "t53"."c2"
    FROM "t46" AS "t48"
    LEFT OUTER JOIN (
      SELECT
        "t51"."person_id",
        "t51"."benefit",
        MIN("t51"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t45"."person_id",
            "t45"."benefit",
            "t45"."start_date",
            "t45"."target_group",
            "t45"."early_followup_request_date",
            "t45"."education_order",
            "t45"."_rid",
            "t45"."_end",
            "t45"."_acc",
            "t45"."_spell_start",
            "t49"."c1"
          FROM "t42" AS "t45"
          INNER JOIN "t46" AS "t49"
            ON "t45"."person_id" = "t49"."person_id" AND "t45"."benefit" = "t49"."benefit"
        ) AS "t50"
        WHERE
          "t50"."start_date" >= CAST(CAST("t50"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t50"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t64" AS (
  SELECT
    "t63"."person_id",
    "t63"."benefit",
    "t63"."c1",
    "t63"."c2",
    "t63"."c3"
  FROM (
    SELECT
      "t57"."person_id",
      "t57"."benefit",
      "t57"."c1",
      "t57"."c2",
      "t62"."person_id" AS "person_id_right",
      "t62"."benefit" AS "benefit_right",
      "t62"."c3"
    FROM "t55" AS "t57"
    LEFT OUTER JOIN (
      SELECT
        "t60"."person_id",
        "t60"."benefit",
        MIN("t60"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t45"."person_id",
            "t45"."benefit",
            "t45"."start_date",
            "t45"."target_group",
            "t45"."early_followup_request_date",
            "t45"."education_order",
            "t45"."_rid",
            "t45"."_end",
            "t45"."_acc",
            "t45"."_spell_start",
            "t58"."c1",
            "t58"."c2"
          FROM "t42" AS "t45"
          INNER JOIN "t55" AS "t58"
            ON "t45"."person_id" = "t58"."person_id" AND "t45"."benefit" = "t58"."benefit"
        ) AS "t59"
        WHERE
          "t59"."start_date" >= CAST(CAST("t59"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t59"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t60"
      GROUP BY
        1,
        2
    ) AS "t62"
      ON "t57"."person_id" = "t62"."person_id" AND "t57"."benefit" = "t62"."benefit"
  ) AS "t63"
), "t88" AS (
  SELECT
    "t87"."person_id",
    "t87"."benefit",
    "t87"."_key" AS "start_date",
    CASE
      WHEN "t87"."_end" = MAKE_DATE(9999, 12, 31)
      THEN CAST(NULL AS DATE)
      ELSE "t87"."_end"
    END AS "end_date",
    "t6"."first_contact_date",
    "t6"."target_group",
    "t6"."first_absence_date",
    "t6"."sickness_category",
    "t6"."employed",
    "t6"."handover_date",
    "t6"."expected_absence_weeks",
    "t6"."work_obligation",
    "t6"."municipality",
    "t87"."early_followup_request_date",
    "t87"."education_order",
    "t87"."periods"
  FROM (
    SELECT
      "t85"."person_id",
      "t85"."benefit",
      "t85"."_key",
      MAX("t85"."_end") AS "_end",
      COUNT(*) AS "periods",
      FIRST("t85"."_rid" ORDER BY "t85"."start_date") AS "_first",
      MIN("t85"."early_followup_request_date") AS "early_followup_request_date",
      BOOL_OR(CAST(COALESCE("t85"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
    FROM (
      SELECT
        *
      FROM (
        SELECT
          "t41"."person_id",
          "t41"."benefit",
          "t41"."start_date",
          "t41"."_end",
          "t41"."_spell_start" AS "_key",
          "t41"."_acc",
          "t41"."_rid",
          "t41"."early_followup_request_date",
          "t41"."education_order"
        FROM "t40" AS "t41"
        WHERE
          NOT (
            "t41"."_acc"
          )
      ) AS "t43"
      UNION ALL
      SELECT
        *
      FROM (
        SELECT
          "t83"."person_id",
          "t83"."benefit",
          "t83"."start_date",
          "t83"."_end",
          GREATEST(
            CASE
              WHEN "t83"."c1" <= "t83"."start_date"
              THEN "t83"."c1"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t83"."c2" <= "t83"."start_date"
              THEN "t83"."c2"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t83"."c3" <= "t83"."start_date"
              THEN "t83"."c3"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t83"."c4" <= "t83"."start_date"
              THEN "t83"."c4"
              ELSE CAST(NULL AS DATE)
            END,
            CASE
              WHEN "t83"."c5" <= "t83"."start_date"
              THEN "t83"."c5"
              ELSE CAST(NULL AS DATE)
            END
          ) AS "_key",
          "t83"."_acc",
          "t83"."_rid",
          "t83"."early_followup_request_date",
          "t83"."education_order"
        FROM (
          SELECT
            "t45"."person_id",
            "t45"."benefit",
            "t45"."start_date",
            "t45"."target_group",
            "t45"."early_followup_request_date",
            "t45"."education_order",
            "t45"."_rid",
            "t45"."_end",
            "t45"."_acc",
            "t45"."_spell_start",
            "t82"."c1",
            "t82"."c2",
            "t82"."c3",
            "t82"."c4",
            "t82"."c5"
          FROM "t42" AS "t45"
          INNER JOIN (
            SELECT
              "t80".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t74"."person_id",
                "t74"."benefit",
                "t74"."c1",
                "t74"."c2",
                "t74"."c3",
                "t74"."c4",
                "t79"."person_id" AS "person_id_right",
                "t79"."benefit" AS "benefit_right",
                "t79"."c5"
              FROM (
                SELECT
                  "t72".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t66"."person_id",
                    "t66"."benefit",
                    "t66"."c1",
                    "t66"."c2",
                    "t66"."c3",
                    "t71"."person_id" AS "person_id_right",
                    "t71"."benefit" AS "benefit_right",
                    "t71"."c4"
                  FROM "t64" AS "t66"
                  LEFT OUTER JOIN (
                    SELECT
                      "t69"."person_id",
                      "t69"."benefit",
                      MIN("t69"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t45"."person_id",
                          "t45"."benefit",
                          "t45"."start_date",
                          "t45"."target_group",
                          "t45"."early_followup_request_date",
                          "t45"."education_order",
                          "t45"."_rid",
                          "t45"."_end",
                          "t45"."_acc",
                          "t45"."_spell_start",
                          "t67"."c1",
                          "t67"."c2",
                          "t67"."c3"
                        FROM "t42" AS "t45"
                        INNER JOIN "t64" AS "t67"
                          ON "t45"."person_id" = "t67"."person_id" AND "t45"."benefit" = "t67"."benefit"
                      ) AS "t68"
                      WHERE
                        "t68"."start_date" >= CAST(CAST("t68"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t68"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t69"
                    GROUP BY
                      1,
                      2
                  ) AS "t71"
                    ON "t66"."person_id" = "t71"."person_id" AND "t66"."benefit" = "t71"."benefit"
                ) AS "t72"
              ) AS "t74"
              LEFT OUTER JOIN (
                SELECT
                  "t77"."person_id",
                  "t77"."benefit",
                  MIN("t77"."start_date") AS "c5"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t45"."person_id",
                      "t45"."benefit",
                      "t45"."start_date",
                      "t45"."target_group",
                      "t45"."early_followup_request_date",
                      "t45"."education_order",
                      "t45"."_rid",
                      "t45"."_end",
                      "t45"."_acc",
                      "t45"."_spell_start",
                      "t75"."c1",
                      "t75"."c2",
                      "t75"."c3",
                      "t75"."c4"
                    FROM "t42" AS "t45"
                    INNER JOIN (
                      SELECT
                        "t72".*
                        EXCLUDE ("benefit_right", "person_id_right")
                      FROM (
                        SELECT
                          "t66"."person_id",
                          "t66"."benefit",
                          "t66"."c1",
                          "t66"."c2",
                          "t66"."c3",
                          "t71"."person_id" AS "person_id_right",
                          "t71"."benefit" AS "benefit_right",
                          "t71"."c4"
                        FROM "t64" AS "t66"
                        LEFT OUTER JOIN (
                          SELECT
                            "t69"."person_id",
                            "t69"."benefit",
                            MIN("t69"."start_date") AS "c4"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t45"."person_id",
                                "t45"."benefit",
                                "t45"."start_date",
                                "t45"."target_group",
                                "t45"."early_followup_request_date",
                                "t45"."education_order",
                                "t45"."_rid",
                                "t45"."_end",
                                "t45"."_acc",
                                "t45"."_spell_start",
                                "t67"."c1",
                                "t67"."c2",
                                "t67"."c3"
                              FROM "t42" AS "t45"
                              INNER JOIN "t64" AS "t67"
                                ON "t45"."person_id" = "t67"."person_id" AND "t45"."benefit" = "t67"."benefit"
                            ) AS "t68"
                            WHERE
                              "t68"."start_date" >= CAST(CAST("t68"."c3" + TO_MONTHS(
                                COALESCE(
                                  CASE WHEN "t68"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE)
                          ) AS "t69"
                          GROUP BY
                            1,
                            2
                        ) AS "t71"
                          ON "t66"."person_id" = "t71"."person_id" AND "t66"."benefit" = "t71"."benefit"
                      ) AS "t72"
                    ) AS "t75"
                      ON "t45"."person_id" = "t75"."person_id" AND "t45"."benefit" = "t75"."benefit"
                  ) AS "t76"
                  WHERE
                    "t76"."start_date" >= CAST(CAST("t76"."c4" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t76"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t77"
                GROUP BY
                  1,
                  2
              ) AS "t79"
                ON "t74"."person_id" = "t79"."person_id" AND "t74"."benefit" = "t79"."benefit"
            ) AS "t80"
          ) AS "t82"
            ON "t45"."person_id" = "t82"."person_id" AND "t45"."benefit" = "t82"."benefit"
        ) AS "t83"
      ) AS "t84"
    ) AS "t85"
    GROUP BY
      1,
      2,
      3
  ) AS "t87"
  INNER JOIN (
    SELECT
      "t2"."rowid" AS "_frid",
      "t2"."first_contact_date",
      "t2"."target_group",
      "t2"."first_absence_date",
      "t2"."sickness_category",
      "t2"."employed",
      "t2"."handover_date",
      "t2"."expected_absence_weeks",
      "t2"."work_obligation",
      "t2"."municipality"
    FROM "benefit_periods" AS "t2"
  ) AS "t6"
    ON "t87"."_first" = "t6"."_frid"
), "t112" AS (
  SELECT
    "t107"."person_id",
    "t107"."benefit",
    "t107"."start_date",
    "t107"."date",
    CASE
      WHEN "t107"."kind" IS NULL
      OR CAST("t107"."date" AS TEXT) IS NULL
      OR "t107"."form" IS NULL
      OR "t107"."held_by" IS NULL
      THEN NULL
      ELSE CONCAT(
        "t107"."kind",
        ' ',
        CAST("t107"."date" AS TEXT),
        ' (',
        "t107"."form",
        ', ',
        "t107"."held_by",
        ')'
      )
    END AS "description"
  FROM (
    SELECT
      "t106"."person_id",
      "t106"."benefit",
      "t106"."start_date",
      "t106"."_ws",
      "t106"."_last",
      "t9"."person_id" AS "person_id_right",
      "t9"."date",
      "t9"."kind",
      "t9"."form",
      "t9"."held_by",
      "t9"."status",
      "t9"."individual",
      "t9"."caseworker_id",
      "t9"."purpose"
    FROM (
      SELECT
        "t102"."person_id",
        "t102"."benefit",
        "t102"."start_date",
        "t102"."window_start" AS "_ws",
        COALESCE("t102"."end_date", CAST($as_of AS DATE)) AS "_last"
      FROM (
        SELECT
          "t101".*
          EXCLUDE ("_cat1_until")
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
            "t100"."_cat1_until",
            "t100"."category_in_force",
            COALESCE(
              ARRAY_CONTAINS(
                CASE
                  WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                  THEN ['1']
                  WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN ['1']
                  ELSE CAST(NULL AS TEXT[])
                END,
                "t100"."category_in_force"
              ),
              FALSE
            )
            AND (
              (
                CASE
                  WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t100"."end_date" IS NOT NULL
                )
                AND (
                  "t100"."end_date" <= "t100"."_cat1_until"
                )
              )
            ) AS "category_exempt",
            CASE
              WHEN NOT (
                COALESCE(
                  ARRAY_CONTAINS(
                    CASE
                      WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                      THEN ['1']
                      WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                      THEN ['1']
                      ELSE CAST(NULL AS TEXT[])
                    END,
                    "t100"."category_in_force"
                  ),
                  FALSE
                )
              )
              OR (
                CASE
                  WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN 8
                  ELSE CAST(NULL AS BIGINT)
                END IS NULL
              )
              OR (
                (
                  "t100"."end_date" IS NOT NULL
                )
                AND (
                  "t100"."end_date" <= "t100"."_cat1_until"
                )
              )
              THEN ''
              WHEN CAST($as_of AS DATE) <= "t100"."_cat1_until"
              THEN CASE
                WHEN "t100"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'kategori ',
                  "t100"."category_in_force",
                  ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                )
              END || CAST(CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
              ELSE CASE
                WHEN "t100"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT('kategori ', "t100"."category_in_force", ' og fraværet varer ud over ')
              END || CAST(CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
            END AS "category_note"
          FROM (
            SELECT
              "t99".*
              EXCLUDE ("_cat_found")
            FROM (
              SELECT
                "t98"."person_id",
                "t98"."benefit",
                "t98"."start_date",
                "t98"."end_date",
                "t98"."first_contact_date",
                "t98"."target_group",
                "t98"."first_absence_date",
                "t98"."sickness_category",
                "t98"."employed",
                "t98"."handover_date",
                "t98"."expected_absence_weeks",
                "t98"."work_obligation",
                "t98"."municipality",
                "t98"."early_followup_request_date",
                "t98"."education_order",
                "t98"."periods",
                "t98"."window_start",
                "t98"."_cat1_until",
                "t98"."_cat_found",
                COALESCE("t98"."_cat_found", "t98"."sickness_category") AS "category_in_force"
              FROM (
                SELECT
                  "t97".*
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
                    "t92"."_cat1_until",
                    "t96"."person_id" AS "person_id_right",
                    "t96"."benefit" AS "benefit_right",
                    "t96"."start_date" AS "start_date_right",
                    "t96"."_cat_found"
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
                      COALESCE("t89"."first_absence_date", "t89"."start_date") AS "window_start",
                      CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                        (
                          COALESCE(
                            CASE
                              WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) * 7
                        ) - 1
                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                    FROM "t88" AS "t89"
                    WHERE
                      "t89"."benefit" IN ('sygedagpenge')
                  ) AS "t92"
                  LEFT OUTER JOIN (
                    SELECT
                      "t94"."person_id",
                      "t94"."benefit",
                      "t94"."start_date",
                      FIRST("t94"."_cat" ORDER BY "t94"."_from" DESC) AS "_cat_found"
                    FROM (
                      SELECT
                        "t93"."person_id",
                        "t93"."benefit",
                        "t93"."start_date",
                        "t93"."_day",
                        "t93"."_last",
                        "t10"."_pid",
                        "t10"."_from",
                        "t10"."_cat"
                      FROM (
                        SELECT
                          "t89"."person_id",
                          "t89"."benefit",
                          "t89"."start_date",
                          CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                            (
                              COALESCE(
                                CASE
                                  WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              ) * 7
                            ) - 1
                          ) AS TIMESTAMP) AS DATE) AS "_day",
                          "t89"."end_date" AS "_last"
                        FROM "t88" AS "t89"
                        WHERE
                          "t89"."benefit" IN ('sygedagpenge') AND "t89"."periods" > 1
                      ) AS "t93"
                      INNER JOIN (
                        SELECT
                          "t2"."person_id" AS "_pid",
                          "t2"."start_date" AS "_from",
                          "t2"."sickness_category" AS "_cat"
                        FROM "benefit_periods" AS "t2"
                        WHERE
                          "t2"."benefit" = 'sygedagpenge'
                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                          AND "t2"."sickness_category" IS NOT NULL
                      ) AS "t10"
                        ON "t93"."person_id" = "t10"."_pid"
                        AND "t10"."_from" >= "t93"."start_date"
                        AND "t10"."_from" <= "t93"."_day"
                        AND (
                          (
                            "t93"."_last" IS NULL
                          ) OR (
                            "t10"."_from" <= "t93"."_last"
                          )
                        )
                    ) AS "t94"
                    GROUP BY
                      1,
                      2,
                      3
                  ) AS "t96"
                    ON "t92"."person_id" = "t96"."person_id"
                    AND "t92"."benefit" = "t96"."benefit"
                    AND "t92"."start_date" = "t96"."start_date"
                ) AS "t97"
              ) AS "t98"
            ) AS "t99"
          ) AS "t100"
        ) AS "t101"
      ) AS "t102"
    ) AS "t106"
    INNER JOIN (
      SELECT
        *
      FROM "conversations" AS "t1"
      WHERE
        "t1"."status" = 'afholdt'
        AND COALESCE("t1"."individual", TRUE)
        AND "t1"."date" <= CAST($as_of AS DATE)
        AND "t1"."kind" IN ('opfoelgningssamtale')
    ) AS "t9"
      ON "t106"."person_id" = "t9"."person_id"
      AND "t9"."date" >= "t106"."_ws"
      AND "t9"."date" <= "t106"."_last"
  ) AS "t107"
  WHERE
    COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t107"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['opfoelgningssamtale']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t107"."kind"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t107"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['jobcenter', 'anden_aktoer']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t107"."held_by"
      ),
      FALSE
    )
    AND COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN "t107"."_ws" >= MAKE_DATE(2020, 1, 1)
          THEN ['personligt', 'telefon', 'video']
          WHEN "t107"."_ws" >= MAKE_DATE(2015, 1, 1)
          THEN ['personligt']
          ELSE CAST(NULL AS TEXT[])
        END,
        "t107"."form"
      ),
      FALSE
    )
), "t124" AS (
  SELECT
    "t123"."person_id",
    "t123"."benefit",
    "t123"."start_date",
    "t123"."date",
    "t123"."description",
    "t123"."next_date",
    "t123"."next_text",
    "t123"."_weeks",
    "t105"."end_date",
    "t105"."category_exempt",
    "t105"."sickness_category",
    "t105"."category_in_force",
    "t105"."category_note",
    "t105"."employed",
    "t105"."expected_absence_weeks"
  FROM (
    SELECT
      "t119"."person_id",
      "t119"."benefit",
      "t119"."start_date",
      "t119"."date",
      "t119"."description",
      "t119"."next_date",
      "t119"."next_text",
      CASE
        WHEN "t119"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t119"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END AS "_weeks"
    FROM (
      SELECT
        "t117"."person_id",
        "t117"."benefit",
        "t117"."start_date",
        "t117"."date",
        "t117"."description",
        LEAD("t117"."date") OVER (
          PARTITION BY "t117"."person_id", "t117"."benefit", "t117"."start_date"
          ORDER BY "t117"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_date",
        LEAD("t117"."description") OVER (
          PARTITION BY "t117"."person_id", "t117"."benefit", "t117"."start_date"
          ORDER BY "t117"."date" ASC
          ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
        ) AS "next_text"
      FROM (
        SELECT
          "t114"."person_id",
          "t114"."benefit",
          "t114"."start_date",
          "t114"."date",
          MIN("t114"."description") AS "description"
        FROM "t112" AS "t114"
        GROUP BY
          1,
          2,
          3,
          4
      ) AS "t117"
    ) AS "t119"
    WHERE
      CASE
        WHEN "t119"."date" >= MAKE_DATE(2020, 1, 1)
        THEN CAST(NULL AS BIGINT)
        WHEN "t119"."date" >= MAKE_DATE(2015, 1, 1)
        THEN 4
        ELSE CAST(NULL AS BIGINT)
      END IS NOT NULL
  ) AS "t123"
  INNER JOIN (
    SELECT
      "t102"."person_id",
      "t102"."benefit",
      "t102"."start_date",
      "t102"."end_date",
      "t102"."category_exempt",
      "t102"."sickness_category",
      "t102"."category_in_force",
      "t102"."category_note",
      "t102"."employed",
      "t102"."expected_absence_weeks"
    FROM (
      SELECT
        "t101".*
        EXCLUDE ("_cat1_until")
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
          "t100"."_cat1_until",
          "t100"."category_in_force",
          COALESCE(
            ARRAY_CONTAINS(
              CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                THEN ['1']
                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN ['1']
                ELSE CAST(NULL AS TEXT[])
              END,
              "t100"."category_in_force"
            ),
            FALSE
          )
          AND (
            (
              CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t100"."end_date" IS NOT NULL
              )
              AND (
                "t100"."end_date" <= "t100"."_cat1_until"
              )
            )
          ) AS "category_exempt",
          CASE
            WHEN NOT (
              COALESCE(
                ARRAY_CONTAINS(
                  CASE
                    WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                    THEN ['1']
                    WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN ['1']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  "t100"."category_in_force"
                ),
                FALSE
              )
            )
            OR (
              CASE
                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN 8
                ELSE CAST(NULL AS BIGINT)
              END IS NULL
            )
            OR (
              (
                "t100"."end_date" IS NOT NULL
              )
              AND (
                "t100"."end_date" <= "t100"."_cat1_until"
              )
            )
            THEN ''
            WHEN CAST($as_of AS DATE) <= "t100"."_cat1_until"
            THEN CASE
              WHEN "t100"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT(
                'kategori ',
                "t100"."category_in_force",
                ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
              )
            END || CAST(CASE
              WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
            ELSE CASE
              WHEN "t100"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('kategori ', "t100"."category_in_force", ' og fraværet varer ud over ')
            END || CAST(CASE
              WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN 8
              ELSE CAST(NULL AS BIGINT)
            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
          END AS "category_note"
        FROM (
          SELECT
            "t99".*
            EXCLUDE ("_cat_found")
          FROM (
            SELECT
              "t98"."person_id",
              "t98"."benefit",
              "t98"."start_date",
              "t98"."end_date",
              "t98"."first_contact_date",
              "t98"."target_group",
              "t98"."first_absence_date",
              "t98"."sickness_category",
              "t98"."employed",
              "t98"."handover_date",
              "t98"."expected_absence_weeks",
              "t98"."work_obligation",
              "t98"."municipality",
              "t98"."early_followup_request_date",
              "t98"."education_order",
              "t98"."periods",
              "t98"."window_start",
              "t98"."_cat1_until",
              "t98"."_cat_found",
              COALESCE("t98"."_cat_found", "t98"."sickness_category") AS "category_in_force"
            FROM (
              SELECT
                "t97".*
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
                  "t92"."_cat1_until",
                  "t96"."person_id" AS "person_id_right",
                  "t96"."benefit" AS "benefit_right",
                  "t96"."start_date" AS "start_date_right",
                  "t96"."_cat_found"
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
                    COALESCE("t89"."first_absence_date", "t89"."start_date") AS "window_start",
                    CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                      (
                        COALESCE(
                          CASE
                            WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        ) * 7
                      ) - 1
                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                  FROM "t88" AS "t89"
                  WHERE
                    "t89"."benefit" IN ('sygedagpenge')
                ) AS "t92"
                LEFT OUTER JOIN (
                  SELECT
                    "t94"."person_id",
                    "t94"."benefit",
                    "t94"."start_date",
                    FIRST("t94"."_cat" ORDER BY "t94"."_from" DESC) AS "_cat_found"
                  FROM (
                    SELECT
                      "t93"."person_id",
                      "t93"."benefit",
                      "t93"."start_date",
                      "t93"."_day",
                      "t93"."_last",
                      "t10"."_pid",
                      "t10"."_from",
                      "t10"."_cat"
                    FROM (
                      SELECT
                        "t89"."person_id",
                        "t89"."benefit",
                        "t89"."start_date",
                        CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                          (
                            COALESCE(
                              CASE
                                WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            ) * 7
                          ) - 1
                        ) AS TIMESTAMP) AS DATE) AS "_day",
                        "t89"."end_date" AS "_last"
                      FROM "t88" AS "t89"
                      WHERE
                        "t89"."benefit" IN ('sygedagpenge') AND "t89"."periods" > 1
                    ) AS "t93"
                    INNER JOIN (
                      SELECT
                        "t2"."person_id" AS "_pid",
                        "t2"."start_date" AS "_from",
                        "t2"."sickness_category" AS "_cat"
                      FROM "benefit_periods" AS "t2"
                      WHERE
                        "t2"."benefit" = 'sygedagpenge'
                        AND "t2"."start_date" <= CAST($as_of AS DATE)
                        AND "t2"."sickness_category" IS NOT NULL
                    ) AS "t10"
                      ON "t93"."person_id" = "t10"."_pid"
                      AND "t10"."_from" >= "t93"."start_date"
                      AND "t10"."_from" <= "t93"."_day"
                      AND (
                        (
                          "t93"."_last" IS NULL
                        ) OR (
                          "t10"."_from" <= "t93"."_last"
                        )
                      )
                  ) AS "t94"
                  GROUP BY
                    1,
                    2,
                    3
                ) AS "t96"
                  ON "t92"."person_id" = "t96"."person_id"
                  AND "t92"."benefit" = "t96"."benefit"
                  AND "t92"."start_date" = "t96"."start_date"
              ) AS "t97"
            ) AS "t98"
          ) AS "t99"
        ) AS "t100"
      ) AS "t101"
    ) AS "t102"
  ) AS "t105"
    ON "t123"."person_id" = "t105"."person_id"
    AND "t123"."benefit" = "t105"."benefit"
    AND "t123"."start_date" = "t105"."start_date"
)
SELECT
  "t148"."person_id",
  "t148"."benefit",
  'sick_followups' AS "kind",
  'sick_followups' AS "rule_id",
  '1.1.1' AS "rule_version",
  CASE
    WHEN "t148"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'OP Academy – Nye regler i beskæftigelsesindsatsen (mindst én samtale det første halve år); Sygedagpengeloven § 12 som ændret ved L 66 (2025-26), § 3 nr. 8'
    WHEN "t148"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'Sygedagpengeloven § 13 b, stk. 1 (mindst fire gange inden for det første halve år)'
    WHEN "t148"."window_start" >= MAKE_DATE(2015, 1, 1)
    THEN 'STAR – Sygedagpengeopfølgning (opfølgning mindst hver 4. uge)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t148"."window_start",
  CASE
    WHEN COALESCE("t148"."is_applicable", FALSE)
    THEN "t148"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t148"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t148"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t148"."fulfilled_date" <= "t148"."due_date"
    )
    THEN 'met'
    WHEN "t148"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t148"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t148"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t148"."is_applicable", FALSE)
    THEN "t148"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t148"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t148"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t148"."fulfilled_date" > "t148"."due_date"
    )
    THEN DATE_DIFF('DAY', "t148"."due_date", "t148"."fulfilled_date")
    WHEN NOT (
      "t148"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t148"."is_exempt", FALSE)
    )
    AND (
      "t148"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t148"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t148"."is_applicable", FALSE)
              THEN "t148"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t148"."window_start"
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
              WHEN COALESCE("t148"."is_applicable", FALSE)
              THEN "t148"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t148"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'sick_followups'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t148"."evidence", '') AS "evidence"
FROM (
  SELECT
    *
  FROM (
    SELECT
      "t144"."person_id",
      "t144"."benefit",
      "t144"."window_start",
      "t144"."due_date",
      "t144"."fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF("t144"."category_note", ''),
        NULLIF(
          CASE
            WHEN CASE
              WHEN "t144"."category_exempt"
              THEN CASE
                WHEN "t144"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t144"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t144"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t144"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t144"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t144"."expected_absence_weeks" < CASE
                    WHEN "t144"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t144"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t144"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END <> ''
            THEN CASE
              WHEN "t144"."category_exempt"
              THEN CASE
                WHEN "t144"."category_in_force" IS NULL
                THEN NULL
                ELSE CONCAT(
                  'visitationskategori ',
                  "t144"."category_in_force",
                  ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
                )
              END
              WHEN COALESCE(
                COALESCE("t144"."employed", FALSE)
                AND (
                  CASE
                    WHEN "t144"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
                )
                AND (
                  "t144"."expected_absence_weeks" IS NOT NULL
                )
                AND (
                  "t144"."expected_absence_weeks" < CASE
                    WHEN "t144"."due_date" >= MAKE_DATE(2026, 7, 1)
                    THEN 26
                    WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END
                ),
                FALSE
              )
              THEN CASE
                WHEN CAST("t144"."expected_absence_weeks" AS TEXT) IS NULL
                THEN NULL
                ELSE CONCAT(
                  'sygemeldt fra job med forventet fravær på ',
                  CAST("t144"."expected_absence_weeks" AS TEXT),
                  ' uger: ikke i kommunens opfølgning'
                )
              END
              ELSE ''
            END
            WHEN COALESCE(
              COALESCE("t144"."employed", FALSE)
              AND (
                CASE
                  WHEN "t144"."due_date" >= MAKE_DATE(2025, 1, 1)
                  THEN 13
                  WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                  THEN CAST(NULL AS BIGINT)
                  ELSE CAST(NULL AS BIGINT)
                END IS NOT NULL
              )
              AND (
                "t144"."expected_absence_weeks" IS NOT NULL
              )
              AND (
                "t144"."first_held" IS NOT NULL
              )
              AND (
                CAST(CAST("t144"."window_start" + TO_DAYS(COALESCE("t144"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t144"."first_held" + TO_DAYS(
                  (
                    COALESCE(
                      CASE
                        WHEN "t144"."due_date" >= MAKE_DATE(2025, 1, 1)
                        THEN 13
                        WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    ) * 7
                  ) - 1
                ) AS TIMESTAMP) AS DATE)
              ),
              FALSE
            )
            THEN '§ 13 f: forventet raskmeldt ' || CAST(CAST(CAST("t144"."window_start" + TO_DAYS(COALESCE("t144"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) AS TEXT) || CASE
              WHEN CAST("t144"."first_held" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(
                ', senest ved udgangen af uge 13 efter første opfølgning ',
                CAST("t144"."first_held" AS TEXT)
              )
            END
            WHEN (
              "t144"."end_date" IS NOT NULL
            )
            AND (
              "t144"."end_date" < "t144"."due_date"
            )
            AND (
              "t144"."fulfilled_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t144"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t144"."end_date" AS TEXT), ' før fristen; ')
            END || CAST(COALESCE("t144"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t144"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t144"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t144"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t144"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t144"."held_dates")
              END
              ELSE ''
            END
            ELSE CAST(COALESCE("t144"."n_by_due", 0) AS TEXT) || CASE
              WHEN CAST("t144"."_need" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT(' af ', CAST("t144"."_need" AS TEXT), ' opfølgningssamtaler inden fristen')
            END || CASE
              WHEN "t144"."held_dates" IS NOT NULL
              THEN CASE
                WHEN "t144"."held_dates" IS NULL
                THEN NULL
                ELSE CONCAT(': ', "t144"."held_dates")
              END
              ELSE ''
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t144"."exemption_applies"
            THEN CASE
              WHEN CAST("t144"."exemption_start" AS TEXT) IS NULL
              OR CAST("t144"."exemption_end" AS TEXT) IS NULL
              OR "t144"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t144"."exemption_start" AS TEXT),
                '–',
                CAST("t144"."exemption_end" AS TEXT),
                ' (',
                "t144"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      (
        CASE
          WHEN "t144"."category_exempt"
          THEN CASE
            WHEN "t144"."category_in_force" IS NULL
            THEN NULL
            ELSE CONCAT(
              'visitationskategori ',
              "t144"."category_in_force",
              ': intet fast opfølgningsforløb (raskmeldt inden for 8 uger)'
            )
          END
          WHEN COALESCE(
            COALESCE("t144"."employed", FALSE)
            AND (
              CASE
                WHEN "t144"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END IS NOT NULL
            )
            AND (
              "t144"."expected_absence_weeks" IS NOT NULL
            )
            AND (
              "t144"."expected_absence_weeks" < CASE
                WHEN "t144"."due_date" >= MAKE_DATE(2026, 7, 1)
                THEN 26
                WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                THEN CAST(NULL AS BIGINT)
                ELSE CAST(NULL AS BIGINT)
              END
            ),
            FALSE
          )
          THEN CASE
            WHEN CAST("t144"."expected_absence_weeks" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(
              'sygemeldt fra job med forventet fravær på ',
              CAST("t144"."expected_absence_weeks" AS TEXT),
              ' uger: ikke i kommunens opfølgning'
            )
          END
          ELSE ''
        END = ''
      )
      AND NOT (
        COALESCE(
          COALESCE("t144"."employed", FALSE)
          AND (
            CASE
              WHEN "t144"."due_date" >= MAKE_DATE(2025, 1, 1)
              THEN 13
              WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
              THEN CAST(NULL AS BIGINT)
              ELSE CAST(NULL AS BIGINT)
            END IS NOT NULL
          )
          AND (
            "t144"."expected_absence_weeks" IS NOT NULL
          )
          AND (
            "t144"."first_held" IS NOT NULL
          )
          AND (
            CAST(CAST("t144"."window_start" + TO_DAYS(COALESCE("t144"."expected_absence_weeks" * 7, 0)) AS TIMESTAMP) AS DATE) <= CAST(CAST("t144"."first_held" + TO_DAYS(
              (
                COALESCE(
                  CASE
                    WHEN "t144"."due_date" >= MAKE_DATE(2025, 1, 1)
                    THEN 13
                    WHEN "t144"."due_date" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END,
                  0
                ) * 7
              ) - 1
            ) AS TIMESTAMP) AS DATE)
          ),
          FALSE
        )
      )
      AND NOT (
        (
          "t144"."end_date" IS NOT NULL
        )
        AND (
          "t144"."end_date" < "t144"."due_date"
        )
        AND (
          "t144"."fulfilled_date" IS NULL
        )
      ) AS "is_applicable",
      "t144"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t144"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t143".*
        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
      FROM (
        SELECT
          "t128"."person_id",
          "t128"."benefit",
          "t128"."start_date",
          "t128"."end_date",
          "t128"."first_contact_date",
          "t128"."target_group",
          "t128"."first_absence_date",
          "t128"."sickness_category",
          "t128"."employed",
          "t128"."handover_date",
          "t128"."expected_absence_weeks",
          "t128"."work_obligation",
          "t128"."municipality",
          "t128"."early_followup_request_date",
          "t128"."education_order",
          "t128"."periods",
          "t128"."window_start",
          "t128"."category_in_force",
          "t128"."category_exempt",
          "t128"."category_note",
          "t128"."_need",
          "t128"."due0",
          "t128"."exemption_start",
          "t128"."exemption_end",
          "t128"."exemption_reason",
          "t128"."due_date",
          "t128"."exemption_applies",
          "t140"."person_id" AS "person_id_right",
          "t140"."benefit" AS "benefit_right",
          "t140"."start_date" AS "start_date_right",
          "t140"."fulfilled_date",
          "t140"."first_held",
          "t140"."n_by_due",
          "t140"."held_dates"
        FROM (
          SELECT
            "t121"."person_id",
            "t121"."benefit",
            "t121"."start_date",
            "t121"."end_date",
            "t121"."first_contact_date",
            "t121"."target_group",
            "t121"."first_absence_date",
            "t121"."sickness_category",
            "t121"."employed",
            "t121"."handover_date",
            "t121"."expected_absence_weeks",
            "t121"."work_obligation",
            "t121"."municipality",
            "t121"."early_followup_request_date",
            "t121"."education_order",
            "t121"."periods",
            "t121"."window_start",
            "t121"."category_in_force",
            "t121"."category_exempt",
            "t121"."category_note",
            "t121"."_need",
            "t121"."due0",
            "t121"."exemption_start",
            "t121"."exemption_end",
            "t121"."exemption_reason",
            CASE
              WHEN (
                "t121"."exemption_end" IS NOT NULL
              )
              AND COALESCE(
                CASE
                  WHEN "t121"."window_start" >= MAKE_DATE(2015, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN CAST(CAST("t121"."exemption_end" + TO_DAYS(
                DATE_DIFF('DAY', GREATEST("t121"."exemption_start", "t121"."window_start"), "t121"."due0") + 1
              ) AS TIMESTAMP) AS DATE)
              ELSE "t121"."due0"
            END AS "due_date",
            (
              "t121"."exemption_end" IS NOT NULL
            )
            AND COALESCE(
              CASE
                WHEN "t121"."window_start" >= MAKE_DATE(2015, 1, 1)
                THEN TRUE
                ELSE CAST(NULL AS BOOLEAN)
              END,
              FALSE
            ) AS "exemption_applies"
          FROM (
            SELECT
              "t120".*
              EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
            FROM (
              SELECT
                "t110"."person_id",
                "t110"."benefit",
                "t110"."start_date",
                "t110"."end_date",
                "t110"."first_contact_date",
                "t110"."target_group",
                "t110"."first_absence_date",
                "t110"."sickness_category",
                "t110"."employed",
                "t110"."handover_date",
                "t110"."expected_absence_weeks",
                "t110"."work_obligation",
                "t110"."municipality",
                "t110"."early_followup_request_date",
                "t110"."education_order",
                "t110"."periods",
                "t110"."window_start",
                "t110"."category_in_force",
                "t110"."category_exempt",
                "t110"."category_note",
                "t110"."_need",
                "t110"."due0",
                "t118"."person_id" AS "person_id_right",
                "t118"."benefit" AS "benefit_right",
                "t118"."start_date" AS "start_date_right",
                "t118"."exemption_start",
                "t118"."exemption_end",
                "t118"."exemption_reason"
              FROM (
                SELECT
                  "t102"."person_id",
                  "t102"."benefit",
                  "t102"."start_date",
                  "t102"."end_date",
                  "t102"."first_contact_date",
                  "t102"."target_group",
                  "t102"."first_absence_date",
                  "t102"."sickness_category",
                  "t102"."employed",
                  "t102"."handover_date",
                  "t102"."expected_absence_weeks",
                  "t102"."work_obligation",
                  "t102"."municipality",
                  "t102"."early_followup_request_date",
                  "t102"."education_order",
                  "t102"."periods",
                  "t102"."window_start",
                  "t102"."category_in_force",
                  "t102"."category_exempt",
                  "t102"."category_note",
                  CASE
                    WHEN "t102"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t102"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END AS "_need",
                  CAST(CAST(CAST(CAST("t102"."window_start" + TO_MONTHS(
                    COALESCE(
                      CASE
                        WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 6
                        ELSE CAST(NULL AS BIGINT)
                      END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t101".*
                    EXCLUDE ("_cat1_until")
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
                      "t100"."_cat1_until",
                      "t100"."category_in_force",
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                            THEN ['1']
                            WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN ['1']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t100"."category_in_force"
                        ),
                        FALSE
                      )
                      AND (
                        (
                          CASE
                            WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t100"."end_date" IS NOT NULL
                          )
                          AND (
                            "t100"."end_date" <= "t100"."_cat1_until"
                          )
                        )
                      ) AS "category_exempt",
                      CASE
                        WHEN NOT (
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t100"."category_in_force"
                            ),
                            FALSE
                          )
                        )
                        OR (
                          CASE
                            WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                            THEN 8
                            ELSE CAST(NULL AS BIGINT)
                          END IS NULL
                        )
                        OR (
                          (
                            "t100"."end_date" IS NOT NULL
                          )
                          AND (
                            "t100"."end_date" <= "t100"."_cat1_until"
                          )
                        )
                        THEN ''
                        WHEN CAST($as_of AS DATE) <= "t100"."_cat1_until"
                        THEN CASE
                          WHEN "t100"."category_in_force" IS NULL
                          THEN NULL
                          ELSE CONCAT(
                            'kategori ',
                            "t100"."category_in_force",
                            ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                          )
                        END || CAST(CASE
                          WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                        ELSE CASE
                          WHEN "t100"."category_in_force" IS NULL
                          THEN NULL
                          ELSE CONCAT('kategori ', "t100"."category_in_force", ' og fraværet varer ud over ')
                        END || CAST(CASE
                          WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN 8
                          ELSE CAST(NULL AS BIGINT)
                        END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                      END AS "category_note"
                    FROM (
                      SELECT
                        "t99".*
                        EXCLUDE ("_cat_found")
                      FROM (
                        SELECT
                          "t98"."person_id",
                          "t98"."benefit",
                          "t98"."start_date",
                          "t98"."end_date",
                          "t98"."first_contact_date",
                          "t98"."target_group",
                          "t98"."first_absence_date",
                          "t98"."sickness_category",
                          "t98"."employed",
                          "t98"."handover_date",
                          "t98"."expected_absence_weeks",
                          "t98"."work_obligation",
                          "t98"."municipality",
                          "t98"."early_followup_request_date",
                          "t98"."education_order",
                          "t98"."periods",
                          "t98"."window_start",
                          "t98"."_cat1_until",
                          "t98"."_cat_found",
                          COALESCE("t98"."_cat_found", "t98"."sickness_category") AS "category_in_force"
                        FROM (
                          SELECT
                            "t97".*
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
                              "t92"."_cat1_until",
                              "t96"."person_id" AS "person_id_right",
                              "t96"."benefit" AS "benefit_right",
                              "t96"."start_date" AS "start_date_right",
                              "t96"."_cat_found"
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
                                COALESCE("t89"."first_absence_date", "t89"."start_date") AS "window_start",
                                CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                  (
                                    COALESCE(
                                      CASE
                                        WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                        THEN 8
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) * 7
                                  ) - 1
                                ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                              FROM "t88" AS "t89"
                              WHERE
                                "t89"."benefit" IN ('sygedagpenge')
                            ) AS "t92"
                            LEFT OUTER JOIN (
                              SELECT
                                "t94"."person_id",
                                "t94"."benefit",
                                "t94"."start_date",
                                FIRST("t94"."_cat" ORDER BY "t94"."_from" DESC) AS "_cat_found"
                              FROM (
                                SELECT
                                  "t93"."person_id",
                                  "t93"."benefit",
                                  "t93"."start_date",
                                  "t93"."_day",
                                  "t93"."_last",
                                  "t10"."_pid",
                                  "t10"."_from",
                                  "t10"."_cat"
                                FROM (
                                  SELECT
                                    "t89"."person_id",
                                    "t89"."benefit",
                                    "t89"."start_date",
                                    CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_day",
                                    "t89"."end_date" AS "_last"
                                  FROM "t88" AS "t89"
                                  WHERE
                                    "t89"."benefit" IN ('sygedagpenge') AND "t89"."periods" > 1
                                ) AS "t93"
                                INNER JOIN (
                                  SELECT
                                    "t2"."person_id" AS "_pid",
                                    "t2"."start_date" AS "_from",
                                    "t2"."sickness_category" AS "_cat"
                                  FROM "benefit_periods" AS "t2"
                                  WHERE
                                    "t2"."benefit" = 'sygedagpenge'
                                    AND "t2"."start_date" <= CAST($as_of AS DATE)
                                    AND "t2"."sickness_category" IS NOT NULL
                                ) AS "t10"
                                  ON "t93"."person_id" = "t10"."_pid"
                                  AND "t10"."_from" >= "t93"."start_date"
                                  AND "t10"."_from" <= "t93"."_day"
                                  AND (
                                    (
                                      "t93"."_last" IS NULL
                                    ) OR (
                                      "t10"."_from" <= "t93"."_last"
                                    )
                                  )
                              ) AS "t94"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t96"
                              ON "t92"."person_id" = "t96"."person_id"
                              AND "t92"."benefit" = "t96"."benefit"
                              AND "t92"."start_date" = "t96"."start_date"
                          ) AS "t97"
                        ) AS "t98"
                      ) AS "t99"
                    ) AS "t100"
                  ) AS "t101"
                ) AS "t102"
                WHERE
                  CASE
                    WHEN "t102"."window_start" >= MAKE_DATE(2026, 7, 1)
                    THEN 1
                    WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                    THEN 4
                    WHEN "t102"."window_start" >= MAKE_DATE(2015, 1, 1)
                    THEN CAST(NULL AS BIGINT)
                    ELSE CAST(NULL AS BIGINT)
                  END IS NOT NULL
              ) AS "t110"
              LEFT OUTER JOIN (
                SELECT
                  "t113"."person_id",
                  "t113"."benefit",
                  "t113"."start_date",
                  FIRST("t113"."_from" ORDER BY "t113"."_to" DESC) AS "exemption_start",
                  MAX("t113"."_to") AS "exemption_end",
                  FIRST("t113"."_reason" ORDER BY "t113"."_to" DESC) AS "exemption_reason"
                FROM (
                  SELECT
                    "t111"."person_id",
                    "t111"."benefit",
                    "t111"."start_date",
                    "t111"."_day",
                    "t8"."_pid",
                    "t8"."_from",
                    "t8"."_to",
                    "t8"."_reason"
                  FROM (
                    SELECT
                      "t102"."person_id",
                      "t102"."benefit",
                      "t102"."start_date",
                      CAST(CAST(CAST(CAST("t102"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 6
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                    FROM (
                      SELECT
                        "t101".*
                        EXCLUDE ("_cat1_until")
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
                          "t100"."_cat1_until",
                          "t100"."category_in_force",
                          COALESCE(
                            ARRAY_CONTAINS(
                              CASE
                                WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                THEN ['1']
                                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN ['1']
                                ELSE CAST(NULL AS TEXT[])
                              END,
                              "t100"."category_in_force"
                            ),
                            FALSE
                          )
                          AND (
                            (
                              CASE
                                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t100"."end_date" IS NOT NULL
                              )
                              AND (
                                "t100"."end_date" <= "t100"."_cat1_until"
                              )
                            )
                          ) AS "category_exempt",
                          CASE
                            WHEN NOT (
                              COALESCE(
                                ARRAY_CONTAINS(
                                  CASE
                                    WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                    THEN ['1']
                                    WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN ['1']
                                    ELSE CAST(NULL AS TEXT[])
                                  END,
                                  "t100"."category_in_force"
                                ),
                                FALSE
                              )
                            )
                            OR (
                              CASE
                                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            OR (
                              (
                                "t100"."end_date" IS NOT NULL
                              )
                              AND (
                                "t100"."end_date" <= "t100"."_cat1_until"
                              )
                            )
                            THEN ''
                            WHEN CAST($as_of AS DATE) <= "t100"."_cat1_until"
                            THEN CASE
                              WHEN "t100"."category_in_force" IS NULL
                              THEN NULL
                              ELSE CONCAT(
                                'kategori ',
                                "t100"."category_in_force",
                                ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                              )
                            END || CAST(CASE
                              WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                            ELSE CASE
                              WHEN "t100"."category_in_force" IS NULL
                              THEN NULL
                              ELSE CONCAT('kategori ', "t100"."category_in_force", ' og fraværet varer ud over ')
                            END || CAST(CASE
                              WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN 8
                              ELSE CAST(NULL AS BIGINT)
                            END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                          END AS "category_note"
                        FROM (
                          SELECT
                            "t99".*
                            EXCLUDE ("_cat_found")
                          FROM (
                            SELECT
                              "t98"."person_id",
                              "t98"."benefit",
                              "t98"."start_date",
                              "t98"."end_date",
                              "t98"."first_contact_date",
                              "t98"."target_group",
                              "t98"."first_absence_date",
                              "t98"."sickness_category",
                              "t98"."employed",
                              "t98"."handover_date",
                              "t98"."expected_absence_weeks",
                              "t98"."work_obligation",
                              "t98"."municipality",
                              "t98"."early_followup_request_date",
                              "t98"."education_order",
                              "t98"."periods",
                              "t98"."window_start",
                              "t98"."_cat1_until",
                              "t98"."_cat_found",
                              COALESCE("t98"."_cat_found", "t98"."sickness_category") AS "category_in_force"
                            FROM (
                              SELECT
                                "t97".*
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
                                  "t92"."_cat1_until",
                                  "t96"."person_id" AS "person_id_right",
                                  "t96"."benefit" AS "benefit_right",
                                  "t96"."start_date" AS "start_date_right",
                                  "t96"."_cat_found"
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
                                    COALESCE("t89"."first_absence_date", "t89"."start_date") AS "window_start",
                                    CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                      (
                                        COALESCE(
                                          CASE
                                            WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                            THEN 8
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) * 7
                                      ) - 1
                                    ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                  FROM "t88" AS "t89"
                                  WHERE
                                    "t89"."benefit" IN ('sygedagpenge')
                                ) AS "t92"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t94"."person_id",
                                    "t94"."benefit",
                                    "t94"."start_date",
                                    FIRST("t94"."_cat" ORDER BY "t94"."_from" DESC) AS "_cat_found"
                                  FROM (
                                    SELECT
                                      "t93"."person_id",
                                      "t93"."benefit",
                                      "t93"."start_date",
                                      "t93"."_day",
                                      "t93"."_last",
                                      "t10"."_pid",
                                      "t10"."_from",
                                      "t10"."_cat"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                          (
                                            COALESCE(
                                              CASE
                                                WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                THEN 8
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) * 7
                                          ) - 1
                                        ) AS TIMESTAMP) AS DATE) AS "_day",
                                        "t89"."end_date" AS "_last"
                                      FROM "t88" AS "t89"
                                      WHERE
                                        "t89"."benefit" IN ('sygedagpenge') AND "t89"."periods" > 1
                                    ) AS "t93"
                                    INNER JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_pid",
                                        "t2"."start_date" AS "_from",
                                        "t2"."sickness_category" AS "_cat"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'sygedagpenge'
                                        AND "t2"."start_date" <= CAST($as_of AS DATE)
                                        AND "t2"."sickness_category" IS NOT NULL
                                    ) AS "t10"
                                      ON "t93"."person_id" = "t10"."_pid"
                                      AND "t10"."_from" >= "t93"."start_date"
                                      AND "t10"."_from" <= "t93"."_day"
                                      AND (
                                        (
                                          "t93"."_last" IS NULL
                                        ) OR (
                                          "t10"."_from" <= "t93"."_last"
                                        )
                                      )
                                  ) AS "t94"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t96"
                                  ON "t92"."person_id" = "t96"."person_id"
                                  AND "t92"."benefit" = "t96"."benefit"
                                  AND "t92"."start_date" = "t96"."start_date"
                              ) AS "t97"
                            ) AS "t98"
                          ) AS "t99"
                        ) AS "t100"
                      ) AS "t101"
                    ) AS "t102"
                    WHERE
                      CASE
                        WHEN "t102"."window_start" >= MAKE_DATE(2026, 7, 1)
                        THEN 1
                        WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN 4
                        WHEN "t102"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN CAST(NULL AS BIGINT)
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                  ) AS "t111"
                  INNER JOIN (
                    SELECT
                      "t0"."person_id" AS "_pid",
                      "t0"."start_date" AS "_from",
                      "t0"."end_date" AS "_to",
                      "t0"."reason" AS "_reason"
                    FROM "exemptions" AS "t0"
                    WHERE
                      "t0"."start_date" <= CAST($as_of AS DATE)
                  ) AS "t8"
                    ON "t111"."person_id" = "t8"."_pid"
                    AND "t8"."_from" <= "t111"."_day"
                    AND "t8"."_to" >= "t111"."_day"
                ) AS "t113"
                GROUP BY
                  1,
                  2,
                  3
              ) AS "t118"
                ON "t110"."person_id" = "t118"."person_id"
                AND "t110"."benefit" = "t118"."benefit"
                AND "t110"."start_date" = "t118"."start_date"
            ) AS "t120"
          ) AS "t121"
        ) AS "t128"
        LEFT OUTER JOIN (
          SELECT
            "t135"."person_id",
            "t135"."benefit",
            "t135"."start_date",
            CASE
              WHEN (
                "t135"."_need" >= 1
              )
              AND (
                ARRAY_LENGTH("t135"."_dates") >= "t135"."_need"
              )
              THEN CAST(LIST_EXTRACT(
                "t135"."_dates",
                (
                  "t135"."_need" - 1
                ) + CAST((
                  "t135"."_need" - 1
                ) >= 0 AS BIGINT)
              ) AS DATE)
              ELSE CAST(NULL AS DATE)
            END AS "fulfilled_date",
            "t135"."first_held",
            "t135"."n_by_due",
            ARRAY_TO_STRING("t135"."_dates", ', ') AS "held_dates"
          FROM (
            SELECT
              "t130"."person_id",
              "t130"."benefit",
              "t130"."start_date",
              LIST_SORT(
                ARRAY_AGG(CAST("t130"."date" AS TEXT)) FILTER(WHERE
                  CAST("t130"."date" AS TEXT) IS NOT NULL)
              ) AS "_dates",
              CAST(MAX("t130"."_need") AS INT) AS "_need",
              MIN("t130"."date") AS "first_held",
              COUNT(*) FILTER(WHERE
                "t130"."date" <= "t130"."due_date") AS "n_by_due"
            FROM (
              SELECT
                "t115"."person_id",
                "t115"."benefit",
                "t115"."start_date",
                "t115"."date",
                "t115"."description",
                "t129"."_need",
                "t129"."due_date"
              FROM "t112" AS "t115"
              INNER JOIN (
                SELECT
                  "t121"."person_id",
                  "t121"."benefit",
                  "t121"."start_date",
                  "t121"."_need",
                  CASE
                    WHEN (
                      "t121"."exemption_end" IS NOT NULL
                    )
                    AND COALESCE(
                      CASE
                        WHEN "t121"."window_start" >= MAKE_DATE(2015, 1, 1)
                        THEN TRUE
                        ELSE CAST(NULL AS BOOLEAN)
                      END,
                      FALSE
                    )
                    THEN CAST(CAST("t121"."exemption_end" + TO_DAYS(
                      DATE_DIFF('DAY', GREATEST("t121"."exemption_start", "t121"."window_start"), "t121"."due0") + 1
                    ) AS TIMESTAMP) AS DATE)
                    ELSE "t121"."due0"
                  END AS "due_date"
                FROM (
                  SELECT
                    "t120".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t110"."person_id",
                      "t110"."benefit",
                      "t110"."start_date",
                      "t110"."end_date",
                      "t110"."first_contact_date",
                      "t110"."target_group",
                      "t110"."first_absence_date",
                      "t110"."sickness_category",
                      "t110"."employed",
                      "t110"."handover_date",
                      "t110"."expected_absence_weeks",
                      "t110"."work_obligation",
                      "t110"."municipality",
                      "t110"."early_followup_request_date",
                      "t110"."education_order",
                      "t110"."periods",
                      "t110"."window_start",
                      "t110"."category_in_force",
                      "t110"."category_exempt",
                      "t110"."category_note",
                      "t110"."_need",
                      "t110"."due0",
                      "t118"."person_id" AS "person_id_right",
                      "t118"."benefit" AS "benefit_right",
                      "t118"."start_date" AS "start_date_right",
                      "t118"."exemption_start",
                      "t118"."exemption_end",
                      "t118"."exemption_reason"
                    FROM (
                      SELECT
                        "t102"."person_id",
                        "t102"."benefit",
                        "t102"."start_date",
                        "t102"."end_date",
                        "t102"."first_contact_date",
                        "t102"."target_group",
                        "t102"."first_absence_date",
                        "t102"."sickness_category",
                        "t102"."employed",
                        "t102"."handover_date",
                        "t102"."expected_absence_weeks",
                        "t102"."work_obligation",
                        "t102"."municipality",
                        "t102"."early_followup_request_date",
                        "t102"."education_order",
                        "t102"."periods",
                        "t102"."window_start",
                        "t102"."category_in_force",
                        "t102"."category_exempt",
                        "t102"."category_note",
                        CASE
                          WHEN "t102"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t102"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END AS "_need",
                        CAST(CAST(CAST(CAST("t102"."window_start" + TO_MONTHS(
                          COALESCE(
                            CASE
                              WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 6
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t101".*
                          EXCLUDE ("_cat1_until")
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
                            "t100"."_cat1_until",
                            "t100"."category_in_force",
                            COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                  THEN ['1']
                                  WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN ['1']
                                  ELSE CAST(NULL AS TEXT[])
                                END,
                                "t100"."category_in_force"
                              ),
                              FALSE
                            )
                            AND (
                              (
                                CASE
                                  WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t100"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t100"."end_date" <= "t100"."_cat1_until"
                                )
                              )
                            ) AS "category_exempt",
                            CASE
                              WHEN NOT (
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t100"."category_in_force"
                                  ),
                                  FALSE
                                )
                              )
                              OR (
                                CASE
                                  WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                  THEN 8
                                  ELSE CAST(NULL AS BIGINT)
                                END IS NULL
                              )
                              OR (
                                (
                                  "t100"."end_date" IS NOT NULL
                                )
                                AND (
                                  "t100"."end_date" <= "t100"."_cat1_until"
                                )
                              )
                              THEN ''
                              WHEN CAST($as_of AS DATE) <= "t100"."_cat1_until"
                              THEN CASE
                                WHEN "t100"."category_in_force" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'kategori ',
                                  "t100"."category_in_force",
                                  ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                                )
                              END || CAST(CASE
                                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                              ELSE CASE
                                WHEN "t100"."category_in_force" IS NULL
                                THEN NULL
                                ELSE CONCAT('kategori ', "t100"."category_in_force", ' og fraværet varer ud over ')
                              END || CAST(CASE
                                WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                THEN 8
                                ELSE CAST(NULL AS BIGINT)
                              END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                            END AS "category_note"
                          FROM (
                            SELECT
                              "t99".*
                              EXCLUDE ("_cat_found")
                            FROM (
                              SELECT
                                "t98"."person_id",
                                "t98"."benefit",
                                "t98"."start_date",
                                "t98"."end_date",
                                "t98"."first_contact_date",
                                "t98"."target_group",
                                "t98"."first_absence_date",
                                "t98"."sickness_category",
                                "t98"."employed",
                                "t98"."handover_date",
                                "t98"."expected_absence_weeks",
                                "t98"."work_obligation",
                                "t98"."municipality",
                                "t98"."early_followup_request_date",
                                "t98"."education_order",
                                "t98"."periods",
                                "t98"."window_start",
                                "t98"."_cat1_until",
                                "t98"."_cat_found",
                                COALESCE("t98"."_cat_found", "t98"."sickness_category") AS "category_in_force"
                              FROM (
                                SELECT
                                  "t97".*
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
                                    "t92"."_cat1_until",
                                    "t96"."person_id" AS "person_id_right",
                                    "t96"."benefit" AS "benefit_right",
                                    "t96"."start_date" AS "start_date_right",
                                    "t96"."_cat_found"
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
                                      COALESCE("t89"."first_absence_date", "t89"."start_date") AS "window_start",
                                      CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                        (
                                          COALESCE(
                                            CASE
                                              WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                              THEN 8
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) * 7
                                        ) - 1
                                      ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                    FROM "t88" AS "t89"
                                    WHERE
                                      "t89"."benefit" IN ('sygedagpenge')
                                  ) AS "t92"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t94"."person_id",
                                      "t94"."benefit",
                                      "t94"."start_date",
                                      FIRST("t94"."_cat" ORDER BY "t94"."_from" DESC) AS "_cat_found"
                                    FROM (
                                      SELECT
                                        "t93"."person_id",
                                        "t93"."benefit",
                                        "t93"."start_date",
                                        "t93"."_day",
                                        "t93"."_last",
                                        "t10"."_pid",
                                        "t10"."_from",
                                        "t10"."_cat"
                                      FROM (
                                        SELECT
                                          "t89"."person_id",
                                          "t89"."benefit",
                                          "t89"."start_date",
                                          CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_day",
                                          "t89"."end_date" AS "_last"
                                        FROM "t88" AS "t89"
                                        WHERE
                                          "t89"."benefit" IN ('sygedagpenge') AND "t89"."periods" > 1
                                      ) AS "t93"
                                      INNER JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_pid",
                                          "t2"."start_date" AS "_from",
                                          "t2"."sickness_category" AS "_cat"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'sygedagpenge'
                                          AND "t2"."start_date" <= CAST($as_of AS DATE)
                                          AND "t2"."sickness_category" IS NOT NULL
                                      ) AS "t10"
                                        ON "t93"."person_id" = "t10"."_pid"
                                        AND "t10"."_from" >= "t93"."start_date"
                                        AND "t10"."_from" <= "t93"."_day"
                                        AND (
                                          (
                                            "t93"."_last" IS NULL
                                          ) OR (
                                            "t10"."_from" <= "t93"."_last"
                                          )
                                        )
                                    ) AS "t94"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t96"
                                    ON "t92"."person_id" = "t96"."person_id"
                                    AND "t92"."benefit" = "t96"."benefit"
                                    AND "t92"."start_date" = "t96"."start_date"
                                ) AS "t97"
                              ) AS "t98"
                            ) AS "t99"
                          ) AS "t100"
                        ) AS "t101"
                      ) AS "t102"
                      WHERE
                        CASE
                          WHEN "t102"."window_start" >= MAKE_DATE(2026, 7, 1)
                          THEN 1
                          WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 4
                          WHEN "t102"."window_start" >= MAKE_DATE(2015, 1, 1)
                          THEN CAST(NULL AS BIGINT)
                          ELSE CAST(NULL AS BIGINT)
                        END IS NOT NULL
                    ) AS "t110"
                    LEFT OUTER JOIN (
                      SELECT
                        "t113"."person_id",
                        "t113"."benefit",
                        "t113"."start_date",
                        FIRST("t113"."_from" ORDER BY "t113"."_to" DESC) AS "exemption_start",
                        MAX("t113"."_to") AS "exemption_end",
                        FIRST("t113"."_reason" ORDER BY "t113"."_to" DESC) AS "exemption_reason"
                      FROM (
                        SELECT
                          "t111"."person_id",
                          "t111"."benefit",
                          "t111"."start_date",
                          "t111"."_day",
                          "t8"."_pid",
                          "t8"."_from",
                          "t8"."_to",
                          "t8"."_reason"
                        FROM (
                          SELECT
                            "t102"."person_id",
                            "t102"."benefit",
                            "t102"."start_date",
                            CAST(CAST(CAST(CAST("t102"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 6
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE) + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "_day"
                          FROM (
                            SELECT
                              "t101".*
                              EXCLUDE ("_cat1_until")
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
                                "t100"."_cat1_until",
                                "t100"."category_in_force",
                                COALESCE(
                                  ARRAY_CONTAINS(
                                    CASE
                                      WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                      THEN ['1']
                                      WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN ['1']
                                      ELSE CAST(NULL AS TEXT[])
                                    END,
                                    "t100"."category_in_force"
                                  ),
                                  FALSE
                                )
                                AND (
                                  (
                                    CASE
                                      WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t100"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t100"."end_date" <= "t100"."_cat1_until"
                                    )
                                  )
                                ) AS "category_exempt",
                                CASE
                                  WHEN NOT (
                                    COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t100"."window_start" >= MAKE_DATE(2025, 1, 1)
                                          THEN ['1']
                                          WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                          THEN ['1']
                                          ELSE CAST(NULL AS TEXT[])
                                        END,
                                        "t100"."category_in_force"
                                      ),
                                      FALSE
                                    )
                                  )
                                  OR (
                                    CASE
                                      WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                      THEN 8
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  OR (
                                    (
                                      "t100"."end_date" IS NOT NULL
                                    )
                                    AND (
                                      "t100"."end_date" <= "t100"."_cat1_until"
                                    )
                                  )
                                  THEN ''
                                  WHEN CAST($as_of AS DATE) <= "t100"."_cat1_until"
                                  THEN CASE
                                    WHEN "t100"."category_in_force" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'kategori ',
                                      "t100"."category_in_force",
                                      ': opfølgningssamtale og revisitation, hvis fraværet varer ud over '
                                    )
                                  END || CAST(CASE
                                    WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1)'
                                  ELSE CASE
                                    WHEN "t100"."category_in_force" IS NULL
                                    THEN NULL
                                    ELSE CONCAT('kategori ', "t100"."category_in_force", ' og fraværet varer ud over ')
                                  END || CAST(CASE
                                    WHEN "t100"."window_start" >= MAKE_DATE(2015, 1, 1)
                                    THEN 8
                                    ELSE CAST(NULL AS BIGINT)
                                  END AS TEXT) || ' uger (§ 13 a, stk. 1): opfølgningssamtale og revisitation'
                                END AS "category_note"
                              FROM (
                                SELECT
                                  "t99".*
                                  EXCLUDE ("_cat_found")
                                FROM (
                                  SELECT
                                    "t98"."person_id",
                                    "t98"."benefit",
                                    "t98"."start_date",
                                    "t98"."end_date",
                                    "t98"."first_contact_date",
                                    "t98"."target_group",
                                    "t98"."first_absence_date",
                                    "t98"."sickness_category",
                                    "t98"."employed",
                                    "t98"."handover_date",
                                    "t98"."expected_absence_weeks",
                                    "t98"."work_obligation",
                                    "t98"."municipality",
                                    "t98"."early_followup_request_date",
                                    "t98"."education_order",
                                    "t98"."periods",
                                    "t98"."window_start",
                                    "t98"."_cat1_until",
                                    "t98"."_cat_found",
                                    COALESCE("t98"."_cat_found", "t98"."sickness_category") AS "category_in_force"
                                  FROM (
                                    SELECT
                                      "t97".*
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
                                        "t92"."_cat1_until",
                                        "t96"."person_id" AS "person_id_right",
                                        "t96"."benefit" AS "benefit_right",
                                        "t96"."start_date" AS "start_date_right",
                                        "t96"."_cat_found"
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
                                          COALESCE("t89"."first_absence_date", "t89"."start_date") AS "window_start",
                                          CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                            (
                                              COALESCE(
                                                CASE
                                                  WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                  THEN 8
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) * 7
                                            ) - 1
                                          ) AS TIMESTAMP) AS DATE) AS "_cat1_until"
                                        FROM "t88" AS "t89"
                                        WHERE
                                          "t89"."benefit" IN ('sygedagpenge')
                                      ) AS "t92"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t94"."person_id",
                                          "t94"."benefit",
                                          "t94"."start_date",
                                          FIRST("t94"."_cat" ORDER BY "t94"."_from" DESC) AS "_cat_found"
                                        FROM (
                                          SELECT
                                            "t93"."person_id",
                                            "t93"."benefit",
                                            "t93"."start_date",
                                            "t93"."_day",
                                            "t93"."_last",
                                            "t10"."_pid",
                                            "t10"."_from",
                                            "t10"."_cat"
                                          FROM (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."start_date",
                                              CAST(CAST(COALESCE("t89"."first_absence_date", "t89"."start_date") + TO_DAYS(
                                                (
                                                  COALESCE(
                                                    CASE
                                                      WHEN COALESCE("t89"."first_absence_date", "t89"."start_date") >= MAKE_DATE(2015, 1, 1)
                                                      THEN 8
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) * 7
                                                ) - 1
                                              ) AS TIMESTAMP) AS DATE) AS "_day",
                                              "t89"."end_date" AS "_last"
                                            FROM "t88" AS "t89"
                                            WHERE
                                              "t89"."benefit" IN ('sygedagpenge') AND "t89"."periods" > 1
                                          ) AS "t93"
                                          INNER JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_pid",
                                              "t2"."start_date" AS "_from",
                                              "t2"."sickness_category" AS "_cat"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'sygedagpenge'
                                              AND "t2"."start_date" <= CAST($as_of AS DATE)
                                              AND "t2"."sickness_category" IS NOT NULL
                                          ) AS "t10"
                                            ON "t93"."person_id" = "t10"."_pid"
                                            AND "t10"."_from" >= "t93"."start_date"
                                            AND "t10"."_from" <= "t93"."_day"
                                            AND (
                                              (
                                                "t93"."_last" IS NULL
                                              ) OR (
                                                "t10"."_from" <= "t93"."_last"
                                              )
                                            )
                                        ) AS "t94"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t96"
                                        ON "t92"."person_id" = "t96"."person_id"
                                        AND "t92"."benefit" = "t96"."benefit"
                                        AND "t92"."start_date" = "t96"."start_date"
                                    ) AS "t97"
                                  ) AS "t98"
                                ) AS "t99"
                              ) AS "t100"
                            ) AS "t101"
                          ) AS "t102"
                          WHERE
                            CASE
                              WHEN "t102"."window_start" >= MAKE_DATE(2026, 7, 1)
                              THEN 1
                              WHEN "t102"."window_start" >= MAKE_DATE(2020, 1, 1)
                              THEN 4
                              WHEN "t102"."window_start" >= MAKE_DATE(2015, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                        ) AS "t111"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_from",
                            "t0"."end_date" AS "_to",
                            "t0"."reason" AS "_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t8"
                          ON "t111"."person_id" = "t8"."_pid"
                          AND "t8"."_from" <= "t111"."_day"
                          AND "t8"."_to" >= "t111"."_day"
                      ) AS "t113"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t118"
                      ON "t110"."person_id" = "t118"."person_id"
                      AND "t110"."benefit" = "t118"."benefit"
                      AND "t110"."start_date" = "t118"."start_date"
                  ) AS "t120"
                ) AS "t121"
              ) AS "t129"
                ON "t115"."person_id" = "t129"."person_id"
                AND "t115"."benefit" = "t129"."benefit"
                AND "t115"."start_date" = "t129"."start_date"
            ) AS "t130"
            GROUP BY
              1,
              2,
              3
          ) AS "t135"
        ) AS "t140"
          ON "t128"."person_id" = "t140"."person_id"
          AND "t128"."benefit" = "t140"."benefit"
          AND "t128"."start_date" = "t140"."start_date"
      ) AS "t143"
    ) AS "t144"
  ) AS "t146"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t145"."person_id",
      "t145"."benefit",
      "t145"."window_start",
      "t145"."due_date",
      "t145"."next_date" AS "fulfilled_date",
      CONCAT_WS(
        '; ',
        NULLIF(
          CASE
            WHEN "t145"."category_exempt"
            THEN CASE
              WHEN "t145"."category_in_force" IS NULL
              THEN NULL
              ELSE CONCAT('visitationskategori ', "t145"."category_in_force", ': intet fast opfølgningsforløb')
            END
            WHEN "t145"."next_date" IS NOT NULL
            THEN CASE
              WHEN "t145"."description" IS NULL OR "t145"."next_text" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t145"."description", '; næste: ', "t145"."next_text")
            END
            WHEN (
              "t145"."end_date" IS NOT NULL
            )
            AND (
              "t145"."end_date" < "t145"."due_date"
            )
            AND (
              "t145"."next_date" IS NULL
            )
            THEN CASE
              WHEN CAST("t145"."end_date" AS TEXT) IS NULL
              THEN NULL
              ELSE CONCAT('sygedagpengeforløbet sluttede ', CAST("t145"."end_date" AS TEXT), ' før fristen')
            END
            ELSE CASE
              WHEN "t145"."description" IS NULL
              THEN NULL
              ELSE CONCAT('forrige: ', "t145"."description", '; ingen senere opfølgningssamtale')
            END
          END,
          ''
        ),
        NULLIF(
          CASE
            WHEN "t145"."exemption_applies"
            THEN CASE
              WHEN CAST("t145"."exemption_start" AS TEXT) IS NULL
              OR CAST("t145"."exemption_end" AS TEXT) IS NULL
              OR "t145"."exemption_reason" IS NULL
              THEN NULL
              ELSE CONCAT(
                'fritaget ',
                CAST("t145"."exemption_start" AS TEXT),
                '–',
                CAST("t145"."exemption_end" AS TEXT),
                ' (',
                "t145"."exemption_reason",
                '), fristen forlænget'
              )
            END
            ELSE ''
          END,
          ''
        )
      ) AS "evidence",
      NOT (
        "t145"."category_exempt"
      )
      AND NOT (
        (
          "t145"."end_date" IS NOT NULL
        )
        AND (
          "t145"."end_date" < "t145"."due_date"
        )
        AND (
          "t145"."next_date" IS NULL
        )
      ) AS "is_applicable",
      "t145"."exemption_applies"
      AND (
        CAST($as_of AS DATE) <= "t145"."exemption_end"
      ) AS "is_exempt"
    FROM (
      SELECT
        "t142"."person_id",
        "t142"."benefit",
        "t142"."start_date",
        "t142"."date",
        "t142"."description",
        "t142"."next_date",
        "t142"."next_text",
        "t142"."_weeks",
        "t142"."end_date",
        "t142"."category_exempt",
        "t142"."sickness_category",
        "t142"."category_in_force",
        "t142"."category_note",
        "t142"."employed",
        "t142"."expected_absence_weeks",
        "t142"."window_start",
        "t142"."due0",
        "t142"."exemption_start",
        "t142"."exemption_end",
        "t142"."exemption_reason",
        CASE
          WHEN (
            "t142"."exemption_end" IS NOT NULL
          )
          AND COALESCE(
            CASE
              WHEN "t142"."window_start" >= MAKE_DATE(2015, 1, 1)
              THEN TRUE
              ELSE CAST(NULL AS BOOLEAN)
            END,
            FALSE
          )
          THEN CAST(CAST("t142"."exemption_end" + TO_DAYS(
            DATE_DIFF('DAY', GREATEST("t142"."exemption_start", "t142"."window_start"), "t142"."due0") + 1
          ) AS TIMESTAMP) AS DATE)
          ELSE "t142"."due0"
        END AS "due_date",
        (
          "t142"."exemption_end" IS NOT NULL
        )
        AND COALESCE(
          CASE
            WHEN "t142"."window_start" >= MAKE_DATE(2015, 1, 1)
            THEN TRUE
            ELSE CAST(NULL AS BOOLEAN)
          END,
          FALSE
        ) AS "exemption_applies"
      FROM (
        SELECT
          "t141".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right", "window_start_right")
        FROM (
          SELECT
            "t133"."person_id",
            "t133"."benefit",
            "t133"."start_date",
            "t133"."date",
            "t133"."description",
            "t133"."next_date",
            "t133"."next_text",
            "t133"."_weeks",
            "t133"."end_date",
            "t133"."category_exempt",
            "t133"."sickness_category",
            "t133"."category_in_force",
            "t133"."category_note",
            "t133"."employed",
            "t133"."expected_absence_weeks",
            "t133"."window_start",
            "t133"."due0",
            "t138"."person_id" AS "person_id_right",
            "t138"."benefit" AS "benefit_right",
            "t138"."start_date" AS "start_date_right",
            "t138"."window_start" AS "window_start_right",
            "t138"."exemption_start",
            "t138"."exemption_end",
            "t138"."exemption_reason"
          FROM (
            SELECT
              "t125"."person_id",
              "t125"."benefit",
              "t125"."start_date",
              "t125"."date",
              "t125"."description",
              "t125"."next_date",
              "t125"."next_text",
              "t125"."_weeks",
              "t125"."end_date",
              "t125"."category_exempt",
              "t125"."sickness_category",
              "t125"."category_in_force",
              "t125"."category_note",
              "t125"."employed",
              "t125"."expected_absence_weeks",
              "t125"."date" AS "window_start",
              CAST(CAST("t125"."date" + TO_DAYS("t125"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "due0"
            FROM "t124" AS "t125"
          ) AS "t133"
          LEFT OUTER JOIN (
            SELECT
              "t136"."person_id",
              "t136"."benefit",
              "t136"."start_date",
              "t136"."window_start",
              FIRST("t136"."_from" ORDER BY "t136"."_to" DESC) AS "exemption_start",
              MAX("t136"."_to") AS "exemption_end",
              FIRST("t136"."_reason" ORDER BY "t136"."_to" DESC) AS "exemption_reason"
            FROM (
              SELECT
                "t134"."person_id",
                "t134"."benefit",
                "t134"."start_date",
                "t134"."window_start",
                "t134"."_day",
                "t8"."_pid",
                "t8"."_from",
                "t8"."_to",
                "t8"."_reason"
              FROM (
                SELECT
                  "t125"."person_id",
                  "t125"."benefit",
                  "t125"."start_date",
                  "t125"."date" AS "window_start",
                  CAST(CAST("t125"."date" + TO_DAYS("t125"."_weeks" * 7) AS TIMESTAMP) AS DATE) AS "_day"
                FROM "t124" AS "t125"
              ) AS "t134"
              INNER JOIN (
                SELECT
                  "t0"."person_id" AS "_pid",
                  "t0"."start_date" AS "_from",
                  "t0"."end_date" AS "_to",
                  "t0"."reason" AS "_reason"
                FROM "exemptions" AS "t0"
                WHERE
                  "t0"."start_date" <= CAST($as_of AS DATE)
              ) AS "t8"
                ON "t134"."person_id" = "t8"."_pid"
                AND "t8"."_from" <= "t134"."_day"
                AND "t8"."_to" >= "t134"."_day"
            ) AS "t136"
            GROUP BY
              1,
              2,
              3,
              4
          ) AS "t138"
            ON "t133"."person_id" = "t138"."person_id"
            AND "t133"."benefit" = "t138"."benefit"
            AND "t133"."start_date" = "t138"."start_date"
            AND "t133"."window_start" = "t138"."window_start"
        ) AS "t141"
      ) AS "t142"
    ) AS "t145"
  ) AS "t147"
) AS "t148"
