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
), "t85" AS (
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
)
SELECT
  "t135"."person_id",
  "t135"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_akasse_interviews_3m' AS "rule_id",
  '1.2.0' AS "rule_version",
  CASE
    WHEN "t135"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (a-kasser 75 %)'
    WHEN "t135"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31, stk. 4 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023)'
    WHEN "t135"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022) – a-kassen holdt CV-samtale, ikke jobsamtaler'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t135"."window_start",
  CASE
    WHEN COALESCE("t135"."is_applicable", FALSE)
    THEN "t135"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t135"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t135"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t135"."fulfilled_date" <= "t135"."due_date"
    )
    THEN 'met'
    WHEN "t135"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t135"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t135"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t135"."is_applicable", FALSE)
    THEN "t135"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t135"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t135"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t135"."fulfilled_date" > "t135"."due_date"
    )
    THEN DATE_DIFF('DAY', "t135"."due_date", "t135"."fulfilled_date")
    WHEN NOT (
      "t135"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t135"."is_exempt", FALSE)
    )
    AND (
      "t135"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t135"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t135"."is_applicable", FALSE)
              THEN "t135"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t135"."window_start"
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
              WHEN COALESCE("t135"."is_applicable", FALSE)
              THEN "t135"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t135"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_akasse_interviews_3m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t135"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t134"."person_id",
    "t134"."benefit",
    "t134"."start_date",
    "t134"."end_date",
    "t134"."first_contact_date",
    "t134"."target_group",
    "t134"."first_absence_date",
    "t134"."sickness_category",
    "t134"."employed",
    "t134"."handover_date",
    "t134"."expected_absence_weeks",
    "t134"."work_obligation",
    "t134"."municipality",
    "t134"."early_followup_request_date",
    "t134"."education_order",
    "t134"."periods",
    "t134"."window_start",
    "t134"."required",
    "t134"."required_joint",
    "t134"."in_force",
    "t134"."_end_unconfirmed",
    "t134"."due0",
    "t134"."exempt_days",
    "t134"."exempt_now",
    "t134"."exemption_note",
    "t134"."due_date",
    "t134"."nth_date",
    "t134"."counted",
    "t134"."in_window",
    "t134"."listed",
    "t134"."nth_date" AS "fulfilled_date",
    "t134"."in_force"
    AND NOT (
      (
        "t134"."end_date" IS NOT NULL
      )
      AND (
        "t134"."end_date" < "t134"."due_date"
      )
      AND (
        "t134"."nth_date" IS NULL
      )
    ) AS "is_applicable",
    "t134"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t134"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t134"."end_date" IS NOT NULL
        )
        AND (
          "t134"."end_date" < "t134"."due_date"
        )
        AND (
          "t134"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t134"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t134"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t134"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t134"."listed" IS NOT NULL
          THEN CASE WHEN "t134"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t134"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t134"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t134"."end_date" AS TEXT))
        END
        WHEN "t134"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t134"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t134"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t134"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t134"."listed" IS NOT NULL
          THEN CASE WHEN "t134"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t134"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t134"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t134"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t134"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t134"."listed" IS NOT NULL
          THEN CASE WHEN "t134"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t134"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t134"."end_date" IS NOT NULL
        )
        AND (
          "t134"."end_date" < "t134"."due_date"
        )
        AND (
          "t134"."nth_date" IS NULL
        )
        THEN CAST(COALESCE("t134"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t134"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t134"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t134"."listed" IS NOT NULL
          THEN CASE WHEN "t134"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t134"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t134"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t134"."end_date" AS TEXT))
        END
        WHEN "t134"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t134"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t134"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t134"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t134"."listed" IS NOT NULL
          THEN CASE WHEN "t134"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t134"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t134"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t134"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t134"."required" AS TEXT), ' samtaler inden fristen', '')
        END || CASE
          WHEN "t134"."listed" IS NOT NULL
          THEN CASE WHEN "t134"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t134"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t134"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t134"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t133".*
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
        "t132"."person_id" AS "person_id_right",
        "t132"."benefit" AS "benefit_right",
        "t132"."start_date" AS "start_date_right",
        "t132"."nth_date",
        "t132"."counted",
        "t132"."in_window",
        "t132"."listed"
      FROM (
        SELECT
          "t118"."person_id",
          "t118"."benefit",
          "t118"."start_date",
          "t118"."end_date",
          "t118"."first_contact_date",
          "t118"."target_group",
          "t118"."first_absence_date",
          "t118"."sickness_category",
          "t118"."employed",
          "t118"."handover_date",
          "t118"."expected_absence_weeks",
          "t118"."work_obligation",
          "t118"."municipality",
          "t118"."early_followup_request_date",
          "t118"."education_order",
          "t118"."periods",
          "t118"."window_start",
          "t118"."required",
          "t118"."required_joint",
          "t118"."in_force",
          "t118"."_end_unconfirmed",
          "t118"."due0",
          COALESCE("t118"."exempt_days", 0) AS "exempt_days",
          COALESCE("t118"."exempt_now", FALSE) AS "exempt_now",
          COALESCE("t118"."exemption_note", '') AS "exemption_note",
          CAST(CAST("t118"."due0" + TO_DAYS(
            CASE
              WHEN COALESCE(
                CASE
                  WHEN "t118"."window_start" >= MAKE_DATE(2020, 1, 1)
                  THEN TRUE
                  ELSE CAST(NULL AS BOOLEAN)
                END,
                FALSE
              )
              THEN COALESCE("t118"."exempt_days", 0)
              ELSE 0
            END
          ) AS TIMESTAMP) AS DATE) AS "due_date"
        FROM (
          SELECT
            "t117".*
            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
          FROM (
            SELECT
              "t111"."person_id",
              "t111"."benefit",
              "t111"."start_date",
              "t111"."end_date",
              "t111"."first_contact_date",
              "t111"."target_group",
              "t111"."first_absence_date",
              "t111"."sickness_category",
              "t111"."employed",
              "t111"."handover_date",
              "t111"."expected_absence_weeks",
              "t111"."work_obligation",
              "t111"."municipality",
              "t111"."early_followup_request_date",
              "t111"."education_order",
              "t111"."periods",
              "t111"."window_start",
              "t111"."required",
              "t111"."required_joint",
              "t111"."in_force",
              "t111"."_end_unconfirmed",
              "t111"."due0",
              "t116"."person_id" AS "person_id_right",
              "t116"."benefit" AS "benefit_right",
              "t116"."start_date" AS "start_date_right",
              "t116"."exempt_days",
              "t116"."exempt_now",
              "t116"."exemption_note"
            FROM (
              SELECT
                "t109".*
                EXCLUDE ("_point")
              FROM (
                SELECT
                  "t108"."person_id",
                  "t108"."benefit",
                  "t108"."start_date",
                  "t108"."end_date",
                  "t108"."first_contact_date",
                  "t108"."target_group",
                  "t108"."first_absence_date",
                  "t108"."sickness_category",
                  "t108"."employed",
                  "t108"."handover_date",
                  "t108"."expected_absence_weeks",
                  "t108"."work_obligation",
                  "t108"."municipality",
                  "t108"."early_followup_request_date",
                  "t108"."education_order",
                  "t108"."periods",
                  "t108"."window_start",
                  "t108"."required",
                  "t108"."required_joint",
                  "t108"."in_force",
                  "t108"."_end_unconfirmed",
                  "t108"."_point",
                  CAST(CAST("t108"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                FROM (
                  SELECT
                    "t107".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t106"."person_id",
                      "t106"."benefit",
                      "t106"."start_date",
                      "t106"."end_date",
                      "t106"."first_contact_date",
                      "t106"."target_group",
                      "t106"."first_absence_date",
                      "t106"."sickness_category",
                      "t106"."employed",
                      "t106"."handover_date",
                      "t106"."expected_absence_weeks",
                      "t106"."work_obligation",
                      "t106"."municipality",
                      "t106"."early_followup_request_date",
                      "t106"."education_order",
                      "t106"."periods",
                      "t106"."window_start",
                      "t106"."required",
                      "t106"."required_joint",
                      "t106"."in_force",
                      "t106"."_end_unconfirmed",
                      "t106"."_plain",
                      "t106"."_needed",
                      "t106"."_ipid",
                      "t106"."_ibenefit",
                      "t106"."_istart",
                      "t106"."_i_start",
                      "t106"."_i_end",
                      "t106"."_cum",
                      CASE
                        WHEN "t106"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t106"."_i_start" + TO_DAYS(CAST("t106"."_needed" - "t106"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t106"."_plain"
                      END AS "_point"
                    FROM (
                      SELECT
                        "t105"."person_id",
                        "t105"."benefit",
                        "t105"."start_date",
                        "t105"."end_date",
                        "t105"."first_contact_date",
                        "t105"."target_group",
                        "t105"."first_absence_date",
                        "t105"."sickness_category",
                        "t105"."employed",
                        "t105"."handover_date",
                        "t105"."expected_absence_weeks",
                        "t105"."work_obligation",
                        "t105"."municipality",
                        "t105"."early_followup_request_date",
                        "t105"."education_order",
                        "t105"."periods",
                        "t105"."window_start",
                        "t105"."required",
                        "t105"."required_joint",
                        "t105"."in_force",
                        "t105"."_end_unconfirmed",
                        "t105"."_plain",
                        "t105"."_needed",
                        "t103"."_ipid",
                        "t103"."_ibenefit",
                        "t103"."_istart",
                        "t103"."_i_start",
                        "t103"."_i_end",
                        "t103"."_cum"
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
                          "t100"."start_date" AS "window_start",
                          COALESCE(
                            CASE
                              WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END,
                            0
                          ) + COALESCE(0, 0) AS "required",
                          CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                          (
                            CASE
                              WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                              THEN CAST(NULL AS BIGINT)
                              WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                              THEN CAST(NULL AS BIGINT)
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          )
                          AND (
                            CASE
                              WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                              THEN 3
                              ELSE CAST(NULL AS BIGINT)
                            END IS NOT NULL
                          ) AS "in_force",
                          COALESCE(
                            (
                              CASE
                                WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NULL
                            )
                            AND COALESCE(
                              ARRAY_CONTAINS(
                                CASE
                                  WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                "t100"."benefit"
                              )
                              OR ARRAY_CONTAINS(
                                CASE
                                  WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                CASE WHEN "t100"."benefit" IS NULL THEN NULL ELSE CONCAT("t100"."benefit", ':') END || COALESCE("t100"."target_group", '')
                              ),
                              FALSE
                            ),
                            FALSE
                          ) AS "_end_unconfirmed",
                          CAST(CAST("t100"."start_date" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t100"."start_date",
                            CAST(CAST("t100"."start_date" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
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
                            "t93"."periods"
                          FROM (
                            SELECT
                              *
                            FROM (
                              SELECT
                                "t89"."person_id",
                                "t89"."benefit",
                                "t89"."_key" AS "start_date",
                                CASE
                                  WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                  THEN CAST(NULL AS DATE)
                                  ELSE "t89"."_end"
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
                                "t89"."early_followup_request_date",
                                "t89"."education_order",
                                "t89"."periods"
                              FROM (
                                SELECT
                                  "t86"."person_id",
                                  "t86"."benefit",
                                  "t86"."_key",
                                  MAX("t86"."_end") AS "_end",
                                  COUNT(*) AS "periods",
                                  FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                  MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                  BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                FROM "t85" AS "t86"
                                GROUP BY
                                  1,
                                  2,
                                  3
                              ) AS "t89"
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
                                ON "t89"."_first" = "t6"."_frid"
                            ) AS "t90"
                            WHERE
                              "t90"."benefit" IN ('dagpenge')
                          ) AS "t93"
                          ANTI JOIN (
                            SELECT
                              "t96"."person_id" AS "_k_person_id",
                              "t96"."benefit" AS "_k_benefit",
                              "t96"."start_date" AS "_k_start_date"
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
                                "t93"."periods"
                              FROM (
                                SELECT
                                  *
                                FROM (
                                  SELECT
                                    "t89"."person_id",
                                    "t89"."benefit",
                                    "t89"."_key" AS "start_date",
                                    CASE
                                      WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                      THEN CAST(NULL AS DATE)
                                      ELSE "t89"."_end"
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
                                    "t89"."early_followup_request_date",
                                    "t89"."education_order",
                                    "t89"."periods"
                                  FROM (
                                    SELECT
                                      "t86"."person_id",
                                      "t86"."benefit",
                                      "t86"."_key",
                                      MAX("t86"."_end") AS "_end",
                                      COUNT(*) AS "periods",
                                      FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                      MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                      BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                    FROM "t85" AS "t86"
                                    GROUP BY
                                      1,
                                      2,
                                      3
                                  ) AS "t89"
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
                                    ON "t89"."_first" = "t6"."_frid"
                                ) AS "t90"
                                WHERE
                                  "t90"."benefit" IN ('dagpenge')
                              ) AS "t93"
                              SEMI JOIN (
                                SELECT
                                  "t2"."person_id" AS "_mpid",
                                  "t2"."start_date" AS "_mstart"
                                FROM "benefit_periods" AS "t2"
                                WHERE
                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                              ) AS "t10"
                                ON "t93"."person_id" = "t10"."_mpid"
                                AND "t10"."_mstart" >= "t93"."start_date"
                                AND (
                                  (
                                    "t93"."end_date" IS NULL
                                  ) OR (
                                    "t10"."_mstart" <= "t93"."end_date"
                                  )
                                )
                            ) AS "t96"
                            WHERE
                              CASE
                                WHEN "t96"."start_date" >= MAKE_DATE(2026, 7, 1)
                                THEN CAST(NULL AS BIGINT)
                                WHEN "t96"."start_date" >= MAKE_DATE(2024, 1, 1)
                                THEN 6
                                WHEN "t96"."start_date" >= MAKE_DATE(2020, 1, 1)
                                THEN CAST(NULL AS BIGINT)
                                ELSE CAST(NULL AS BIGINT)
                              END IS NOT NULL
                          ) AS "t99"
                            ON "t93"."person_id" = "t99"."_k_person_id"
                            AND "t93"."benefit" = "t99"."_k_benefit"
                            AND "t93"."start_date" = "t99"."_k_start_date"
                        ) AS "t100"
                      ) AS "t105"
                      LEFT OUTER JOIN (
                        SELECT
                          "t101"."person_id" AS "_ipid",
                          "t101"."benefit" AS "_ibenefit",
                          "t101"."start_date" AS "_istart",
                          "t101"."i_start" AS "_i_start",
                          "t101"."i_end" AS "_i_end",
                          "t101"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t97"."person_id",
                            "t97"."benefit",
                            "t97"."_key" AS "start_date",
                            "t97"."i_start",
                            "t97"."i_end",
                            CAST(COALESCE(
                              SUM("t97"."_len") OVER (
                                PARTITION BY "t97"."person_id", "t97"."benefit", "t97"."_key"
                                ORDER BY "t97"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t95"."person_id",
                              "t95"."benefit",
                              "t95"."_key",
                              "t95"."_island",
                              "t95"."i_start",
                              "t95"."i_end",
                              CASE
                                WHEN "t95"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t95"."i_start", "t95"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t94"."person_id",
                                "t94"."benefit",
                                "t94"."_key",
                                "t94"."_island",
                                MIN("t94"."start_date") AS "i_start",
                                MAX("t94"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t91"."person_id",
                                  "t91"."benefit",
                                  "t91"."start_date",
                                  "t91"."_end",
                                  "t91"."_key",
                                  "t91"."_acc",
                                  "t91"."_rid",
                                  "t91"."early_followup_request_date",
                                  "t91"."education_order",
                                  "t91"."_new",
                                  SUM("t91"."_new") OVER (
                                    PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."_key"
                                    ORDER BY "t91"."start_date" ASC, "t91"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t87"."person_id",
                                    "t87"."benefit",
                                    "t87"."start_date",
                                    "t87"."_end",
                                    "t87"."_key",
                                    "t87"."_acc",
                                    "t87"."_rid",
                                    "t87"."early_followup_request_date",
                                    "t87"."education_order",
                                    CASE
                                      WHEN MAX("t87"."_end") OVER (
                                        PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                        ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t87"."start_date" > CAST(CAST(MAX("t87"."_end") OVER (
                                        PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                        ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t85" AS "t86"
                                    WHERE
                                      "t86"."_acc"
                                  ) AS "t87"
                                ) AS "t91"
                              ) AS "t94"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t95"
                          ) AS "t97"
                        ) AS "t101"
                      ) AS "t103"
                        ON "t105"."person_id" = "t103"."_ipid"
                        AND "t105"."benefit" = "t103"."_ibenefit"
                        AND "t105"."start_date" = "t103"."_istart"
                        AND "t103"."_cum" < "t105"."_needed"
                        AND (
                          (
                            "t103"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t103"."_cum" + DATE_DIFF('DAY', "t103"."_i_start", "t103"."_i_end") + 1
                            ) >= "t105"."_needed"
                          )
                        )
                    ) AS "t106"
                  ) AS "t107"
                ) AS "t108"
              ) AS "t109"
            ) AS "t111"
            LEFT OUTER JOIN (
              SELECT
                "t114"."person_id",
                "t114"."benefit",
                "t114"."start_date",
                CAST(SUM(
                  DATE_DIFF(
                    'DAY',
                    GREATEST("t114"."_ex_start", "t114"."_from"),
                    LEAST("t114"."_ex_end", "t114"."_to")
                  ) + 1
                ) AS INT) AS "exempt_days",
                BOOL_OR(
                  CAST((
                    "t114"."_ex_start" <= CAST($as_of AS DATE)
                  )
                  AND (
                    "t114"."_ex_end" >= CAST($as_of AS DATE)
                  ) AS BOOLEAN)
                ) AS "exempt_now",
                ARRAY_TO_STRING(
                  LIST_SORT(
                    ARRAY_AGG(
                      CASE
                        WHEN CAST("t114"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t114"."_ex_end" AS TEXT) IS NULL
                        OR "t114"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t114"."_ex_start" AS TEXT),
                          '–',
                          CAST("t114"."_ex_end" AS TEXT),
                          ' (',
                          "t114"."_ex_reason",
                          ')'
                        )
                      END
                    ) FILTER(WHERE
                      CASE
                        WHEN CAST("t114"."_ex_start" AS TEXT) IS NULL
                        OR CAST("t114"."_ex_end" AS TEXT) IS NULL
                        OR "t114"."_ex_reason" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          'fritaget ',
                          CAST("t114"."_ex_start" AS TEXT),
                          '–',
                          CAST("t114"."_ex_end" AS TEXT),
                          ' (',
                          "t114"."_ex_reason",
                          ')'
                        )
                      END IS NOT NULL)
                  ),
                  ', '
                ) AS "exemption_note"
              FROM (
                SELECT
                  "t113"."person_id",
                  "t113"."benefit",
                  "t113"."start_date",
                  "t113"."_from",
                  "t113"."_to",
                  "t8"."_pid",
                  "t8"."_ex_start",
                  "t8"."_ex_end",
                  "t8"."_ex_reason"
                FROM (
                  SELECT
                    "t110"."person_id",
                    "t110"."benefit",
                    "t110"."start_date",
                    "t110"."window_start" AS "_from",
                    "t110"."due0" AS "_to"
                  FROM (
                    SELECT
                      "t109".*
                      EXCLUDE ("_point")
                    FROM (
                      SELECT
                        "t108"."person_id",
                        "t108"."benefit",
                        "t108"."start_date",
                        "t108"."end_date",
                        "t108"."first_contact_date",
                        "t108"."target_group",
                        "t108"."first_absence_date",
                        "t108"."sickness_category",
                        "t108"."employed",
                        "t108"."handover_date",
                        "t108"."expected_absence_weeks",
                        "t108"."work_obligation",
                        "t108"."municipality",
                        "t108"."early_followup_request_date",
                        "t108"."education_order",
                        "t108"."periods",
                        "t108"."window_start",
                        "t108"."required",
                        "t108"."required_joint",
                        "t108"."in_force",
                        "t108"."_end_unconfirmed",
                        "t108"."_point",
                        CAST(CAST("t108"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                      FROM (
                        SELECT
                          "t107".*
                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                        FROM (
                          SELECT
                            "t106"."person_id",
                            "t106"."benefit",
                            "t106"."start_date",
                            "t106"."end_date",
                            "t106"."first_contact_date",
                            "t106"."target_group",
                            "t106"."first_absence_date",
                            "t106"."sickness_category",
                            "t106"."employed",
                            "t106"."handover_date",
                            "t106"."expected_absence_weeks",
                            "t106"."work_obligation",
                            "t106"."municipality",
                            "t106"."early_followup_request_date",
                            "t106"."education_order",
                            "t106"."periods",
                            "t106"."window_start",
                            "t106"."required",
                            "t106"."required_joint",
                            "t106"."in_force",
                            "t106"."_end_unconfirmed",
                            "t106"."_plain",
                            "t106"."_needed",
                            "t106"."_ipid",
                            "t106"."_ibenefit",
                            "t106"."_istart",
                            "t106"."_i_start",
                            "t106"."_i_end",
                            "t106"."_cum",
                            CASE
                              WHEN "t106"."_i_start" IS NOT NULL
                              THEN CAST(CAST("t106"."_i_start" + TO_DAYS(CAST("t106"."_needed" - "t106"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                              ELSE "t106"."_plain"
                            END AS "_point"
                          FROM (
                            SELECT
                              "t105"."person_id",
                              "t105"."benefit",
                              "t105"."start_date",
                              "t105"."end_date",
                              "t105"."first_contact_date",
                              "t105"."target_group",
                              "t105"."first_absence_date",
                              "t105"."sickness_category",
                              "t105"."employed",
                              "t105"."handover_date",
                              "t105"."expected_absence_weeks",
                              "t105"."work_obligation",
                              "t105"."municipality",
                              "t105"."early_followup_request_date",
                              "t105"."education_order",
                              "t105"."periods",
                              "t105"."window_start",
                              "t105"."required",
                              "t105"."required_joint",
                              "t105"."in_force",
                              "t105"."_end_unconfirmed",
                              "t105"."_plain",
                              "t105"."_needed",
                              "t103"."_ipid",
                              "t103"."_ibenefit",
                              "t103"."_istart",
                              "t103"."_i_start",
                              "t103"."_i_end",
                              "t103"."_cum"
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
                                "t100"."start_date" AS "window_start",
                                COALESCE(
                                  CASE
                                    WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                ) + COALESCE(0, 0) AS "required",
                                CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                (
                                  CASE
                                    WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                    THEN CAST(NULL AS BIGINT)
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                )
                                AND (
                                  CASE
                                    WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    ELSE CAST(NULL AS BIGINT)
                                  END IS NOT NULL
                                ) AS "in_force",
                                COALESCE(
                                  (
                                    CASE
                                      WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NULL
                                  )
                                  AND COALESCE(
                                    ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                      "t100"."benefit"
                                    )
                                    OR ARRAY_CONTAINS(
                                      CASE
                                        WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                      CASE WHEN "t100"."benefit" IS NULL THEN NULL ELSE CONCAT("t100"."benefit", ':') END || COALESCE("t100"."target_group", '')
                                    ),
                                    FALSE
                                  ),
                                  FALSE
                                ) AS "_end_unconfirmed",
                                CAST(CAST("t100"."start_date" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                DATE_DIFF(
                                  'DAY',
                                  "t100"."start_date",
                                  CAST(CAST("t100"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE)
                                ) AS "_needed"
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
                                  "t93"."periods"
                                FROM (
                                  SELECT
                                    *
                                  FROM (
                                    SELECT
                                      "t89"."person_id",
                                      "t89"."benefit",
                                      "t89"."_key" AS "start_date",
                                      CASE
                                        WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                        THEN CAST(NULL AS DATE)
                                        ELSE "t89"."_end"
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
                                      "t89"."early_followup_request_date",
                                      "t89"."education_order",
                                      "t89"."periods"
                                    FROM (
                                      SELECT
                                        "t86"."person_id",
                                        "t86"."benefit",
                                        "t86"."_key",
                                        MAX("t86"."_end") AS "_end",
                                        COUNT(*) AS "periods",
                                        FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                        MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                        BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                      FROM "t85" AS "t86"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t89"
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
                                      ON "t89"."_first" = "t6"."_frid"
                                  ) AS "t90"
                                  WHERE
                                    "t90"."benefit" IN ('dagpenge')
                                ) AS "t93"
                                ANTI JOIN (
                                  SELECT
                                    "t96"."person_id" AS "_k_person_id",
                                    "t96"."benefit" AS "_k_benefit",
                                    "t96"."start_date" AS "_k_start_date"
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
                                      "t93"."periods"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t89"."person_id",
                                          "t89"."benefit",
                                          "t89"."_key" AS "start_date",
                                          CASE
                                            WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t89"."_end"
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
                                          "t89"."early_followup_request_date",
                                          "t89"."education_order",
                                          "t89"."periods"
                                        FROM (
                                          SELECT
                                            "t86"."person_id",
                                            "t86"."benefit",
                                            "t86"."_key",
                                            MAX("t86"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                            MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t85" AS "t86"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t89"
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
                                          ON "t89"."_first" = "t6"."_frid"
                                      ) AS "t90"
                                      WHERE
                                        "t90"."benefit" IN ('dagpenge')
                                    ) AS "t93"
                                    SEMI JOIN (
                                      SELECT
                                        "t2"."person_id" AS "_mpid",
                                        "t2"."start_date" AS "_mstart"
                                      FROM "benefit_periods" AS "t2"
                                      WHERE
                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                    ) AS "t10"
                                      ON "t93"."person_id" = "t10"."_mpid"
                                      AND "t10"."_mstart" >= "t93"."start_date"
                                      AND (
                                        (
                                          "t93"."end_date" IS NULL
                                        ) OR (
                                          "t10"."_mstart" <= "t93"."end_date"
                                        )
                                      )
                                  ) AS "t96"
                                  WHERE
                                    CASE
                                      WHEN "t96"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t96"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 6
                                      WHEN "t96"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                ) AS "t99"
                                  ON "t93"."person_id" = "t99"."_k_person_id"
                                  AND "t93"."benefit" = "t99"."_k_benefit"
                                  AND "t93"."start_date" = "t99"."_k_start_date"
                              ) AS "t100"
                            ) AS "t105"
                            LEFT OUTER JOIN (
                              SELECT
                                "t101"."person_id" AS "_ipid",
                                "t101"."benefit" AS "_ibenefit",
                                "t101"."start_date" AS "_istart",
                                "t101"."i_start" AS "_i_start",
                                "t101"."i_end" AS "_i_end",
                                "t101"."cum_before" AS "_cum"
                              FROM (
                                SELECT
                                  "t97"."person_id",
                                  "t97"."benefit",
                                  "t97"."_key" AS "start_date",
                                  "t97"."i_start",
                                  "t97"."i_end",
                                  CAST(COALESCE(
                                    SUM("t97"."_len") OVER (
                                      PARTITION BY "t97"."person_id", "t97"."benefit", "t97"."_key"
                                      ORDER BY "t97"."i_start" ASC
                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                    ),
                                    0
                                  ) AS INT) AS "cum_before"
                                FROM (
                                  SELECT
                                    "t95"."person_id",
                                    "t95"."benefit",
                                    "t95"."_key",
                                    "t95"."_island",
                                    "t95"."i_start",
                                    "t95"."i_end",
                                    CASE
                                      WHEN "t95"."i_end" = MAKE_DATE(9999, 12, 31)
                                      THEN 0
                                      ELSE DATE_DIFF('DAY', "t95"."i_start", "t95"."i_end") + 1
                                    END AS "_len"
                                  FROM (
                                    SELECT
                                      "t94"."person_id",
                                      "t94"."benefit",
                                      "t94"."_key",
                                      "t94"."_island",
                                      MIN("t94"."start_date") AS "i_start",
                                      MAX("t94"."_end") AS "i_end"
                                    FROM (
                                      SELECT
                                        "t91"."person_id",
                                        "t91"."benefit",
                                        "t91"."start_date",
                                        "t91"."_end",
                                        "t91"."_key",
                                        "t91"."_acc",
                                        "t91"."_rid",
                                        "t91"."early_followup_request_date",
                                        "t91"."education_order",
                                        "t91"."_new",
                                        SUM("t91"."_new") OVER (
                                          PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."_key"
                                          ORDER BY "t91"."start_date" ASC, "t91"."_end" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                        ) AS "_island"
                                      FROM (
                                        SELECT
                                          "t87"."person_id",
                                          "t87"."benefit",
                                          "t87"."start_date",
                                          "t87"."_end",
                                          "t87"."_key",
                                          "t87"."_acc",
                                          "t87"."_rid",
                                          "t87"."early_followup_request_date",
                                          "t87"."education_order",
                                          CASE
                                            WHEN MAX("t87"."_end") OVER (
                                              PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                              ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) IS NULL
                                            THEN 1
                                            WHEN "t87"."start_date" > CAST(CAST(MAX("t87"."_end") OVER (
                                              PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                              ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                            THEN 1
                                            ELSE 0
                                          END AS "_new"
                                        FROM (
                                          SELECT
                                            *
                                          FROM "t85" AS "t86"
                                          WHERE
                                            "t86"."_acc"
                                        ) AS "t87"
                                      ) AS "t91"
                                    ) AS "t94"
                                    GROUP BY
                                      1,
                                      2,
                                      3,
                                      4
                                  ) AS "t95"
                                ) AS "t97"
                              ) AS "t101"
                            ) AS "t103"
                              ON "t105"."person_id" = "t103"."_ipid"
                              AND "t105"."benefit" = "t103"."_ibenefit"
                              AND "t105"."start_date" = "t103"."_istart"
                              AND "t103"."_cum" < "t105"."_needed"
                              AND (
                                (
                                  "t103"."_i_end" = MAKE_DATE(9999, 12, 31)
                                )
                                OR (
                                  (
                                    "t103"."_cum" + DATE_DIFF('DAY', "t103"."_i_start", "t103"."_i_end") + 1
                                  ) >= "t105"."_needed"
                                )
                              )
                          ) AS "t106"
                        ) AS "t107"
                      ) AS "t108"
                    ) AS "t109"
                  ) AS "t110"
                ) AS "t113"
                INNER JOIN (
                  SELECT
                    "t0"."person_id" AS "_pid",
                    "t0"."start_date" AS "_ex_start",
                    "t0"."end_date" AS "_ex_end",
                    "t0"."reason" AS "_ex_reason"
                  FROM "exemptions" AS "t0"
                  WHERE
                    "t0"."start_date" <= CAST($as_of AS DATE)
                ) AS "t8"
                  ON "t113"."person_id" = "t8"."_pid"
                  AND "t8"."_ex_start" <= "t113"."_to"
                  AND "t8"."_ex_end" >= "t113"."_from"
              ) AS "t114"
              GROUP BY
                1,
                2,
                3
            ) AS "t116"
              ON "t111"."person_id" = "t116"."person_id"
              AND "t111"."benefit" = "t116"."benefit"
              AND "t111"."start_date" = "t116"."start_date"
          ) AS "t117"
        ) AS "t118"
      ) AS "t124"
      LEFT OUTER JOIN (
        SELECT
          "t130"."person_id",
          "t130"."benefit",
          "t130"."start_date",
          CASE
            WHEN "t130"."_held" >= "t130"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t130"."_events",
                (
                  "t130"."_n" - 1
                ) + CAST((
                  "t130"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t130"."_events",
                    (
                      "t130"."_n" - 1
                    ) + CAST((
                      "t130"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "nth_date",
          LEAST("t130"."_held", "t130"."_n") AS "counted",
          LEAST("t130"."_by_due", "t130"."_n") AS "in_window",
          REGEXP_REPLACE(
            ARRAY_TO_STRING(
              LIST_SLICE(
                "t130"."_events",
                1,
                CASE WHEN "t130"."_n" < 0 THEN "t130"."_n" - 1 ELSE "t130"."_n" END
              ),
              ', '
            ),
            '\d{4}-\d{2}-\d{2}\|',
            '',
            'g'
          ) AS "listed"
        FROM (
          SELECT
            "t129"."person_id",
            "t129"."benefit",
            "t129"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t129"."date" AS TEXT) IS NULL OR "t129"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t129"."date" AS TEXT), '|', "t129"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t129"."date" AS TEXT) IS NULL OR "t129"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t129"."date" AS TEXT), '|', "t129"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t129"."date" <= "t129"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t129"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t127"."person_id",
                "t127"."benefit",
                "t127"."start_date",
                "t127"."date",
                "t127"."description",
                "t125"."_n",
                "t125"."_due"
              FROM (
                SELECT
                  "t121"."person_id",
                  "t121"."benefit",
                  "t121"."start_date",
                  "t121"."date",
                  CASE
                    WHEN "t121"."kind" IS NULL
                    OR CAST("t121"."date" AS TEXT) IS NULL
                    OR "t121"."form" IS NULL
                    OR "t121"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t121"."kind",
                      ' ',
                      CAST("t121"."date" AS TEXT),
                      ' (',
                      "t121"."form",
                      ', ',
                      "t121"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t120"."person_id",
                    "t120"."benefit",
                    "t120"."start_date",
                    "t120"."window_start",
                    "t120"."_first",
                    "t120"."_last",
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
                      "t118"."person_id",
                      "t118"."benefit",
                      "t118"."start_date",
                      "t118"."window_start",
                      "t118"."window_start" AS "_first",
                      COALESCE("t118"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t117".*
                        EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                      FROM (
                        SELECT
                          "t111"."person_id",
                          "t111"."benefit",
                          "t111"."start_date",
                          "t111"."end_date",
                          "t111"."first_contact_date",
                          "t111"."target_group",
                          "t111"."first_absence_date",
                          "t111"."sickness_category",
                          "t111"."employed",
                          "t111"."handover_date",
                          "t111"."expected_absence_weeks",
                          "t111"."work_obligation",
                          "t111"."municipality",
                          "t111"."early_followup_request_date",
                          "t111"."education_order",
                          "t111"."periods",
                          "t111"."window_start",
                          "t111"."required",
                          "t111"."required_joint",
                          "t111"."in_force",
                          "t111"."_end_unconfirmed",
                          "t111"."due0",
                          "t116"."person_id" AS "person_id_right",
                          "t116"."benefit" AS "benefit_right",
                          "t116"."start_date" AS "start_date_right",
                          "t116"."exempt_days",
                          "t116"."exempt_now",
                          "t116"."exemption_note"
                        FROM (
                          SELECT
                            "t109".*
                            EXCLUDE ("_point")
                          FROM (
                            SELECT
                              "t108"."person_id",
                              "t108"."benefit",
                              "t108"."start_date",
                              "t108"."end_date",
                              "t108"."first_contact_date",
                              "t108"."target_group",
                              "t108"."first_absence_date",
                              "t108"."sickness_category",
                              "t108"."employed",
                              "t108"."handover_date",
                              "t108"."expected_absence_weeks",
                              "t108"."work_obligation",
                              "t108"."municipality",
                              "t108"."early_followup_request_date",
                              "t108"."education_order",
                              "t108"."periods",
                              "t108"."window_start",
                              "t108"."required",
                              "t108"."required_joint",
                              "t108"."in_force",
                              "t108"."_end_unconfirmed",
                              "t108"."_point",
                              CAST(CAST("t108"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                            FROM (
                              SELECT
                                "t107".*
                                EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                              FROM (
                                SELECT
                                  "t106"."person_id",
                                  "t106"."benefit",
                                  "t106"."start_date",
                                  "t106"."end_date",
                                  "t106"."first_contact_date",
                                  "t106"."target_group",
                                  "t106"."first_absence_date",
                                  "t106"."sickness_category",
                                  "t106"."employed",
                                  "t106"."handover_date",
                                  "t106"."expected_absence_weeks",
                                  "t106"."work_obligation",
                                  "t106"."municipality",
                                  "t106"."early_followup_request_date",
                                  "t106"."education_order",
                                  "t106"."periods",
                                  "t106"."window_start",
                                  "t106"."required",
                                  "t106"."required_joint",
                                  "t106"."in_force",
                                  "t106"."_end_unconfirmed",
                                  "t106"."_plain",
                                  "t106"."_needed",
                                  "t106"."_ipid",
                                  "t106"."_ibenefit",
                                  "t106"."_istart",
                                  "t106"."_i_start",
                                  "t106"."_i_end",
                                  "t106"."_cum",
                                  CASE
                                    WHEN "t106"."_i_start" IS NOT NULL
                                    THEN CAST(CAST("t106"."_i_start" + TO_DAYS(CAST("t106"."_needed" - "t106"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                    ELSE "t106"."_plain"
                                  END AS "_point"
                                FROM (
                                  SELECT
                                    "t105"."person_id",
                                    "t105"."benefit",
                                    "t105"."start_date",
                                    "t105"."end_date",
                                    "t105"."first_contact_date",
                                    "t105"."target_group",
                                    "t105"."first_absence_date",
                                    "t105"."sickness_category",
                                    "t105"."employed",
                                    "t105"."handover_date",
                                    "t105"."expected_absence_weeks",
                                    "t105"."work_obligation",
                                    "t105"."municipality",
                                    "t105"."early_followup_request_date",
                                    "t105"."education_order",
                                    "t105"."periods",
                                    "t105"."window_start",
                                    "t105"."required",
                                    "t105"."required_joint",
                                    "t105"."in_force",
                                    "t105"."_end_unconfirmed",
                                    "t105"."_plain",
                                    "t105"."_needed",
                                    "t103"."_ipid",
                                    "t103"."_ibenefit",
                                    "t103"."_istart",
                                    "t103"."_i_start",
                                    "t103"."_i_end",
                                    "t103"."_cum"
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
                                      "t100"."start_date" AS "window_start",
                                      COALESCE(
                                        CASE
                                          WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      ) + COALESCE(0, 0) AS "required",
                                      CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                      (
                                        CASE
                                          WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      )
                                      AND (
                                        CASE
                                          WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                      ) AS "in_force",
                                      COALESCE(
                                        (
                                          CASE
                                            WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NULL
                                        )
                                        AND COALESCE(
                                          ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                            "t100"."benefit"
                                          )
                                          OR ARRAY_CONTAINS(
                                            CASE
                                              WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                            CASE WHEN "t100"."benefit" IS NULL THEN NULL ELSE CONCAT("t100"."benefit", ':') END || COALESCE("t100"."target_group", '')
                                          ),
                                          FALSE
                                        ),
                                        FALSE
                                      ) AS "_end_unconfirmed",
                                      CAST(CAST("t100"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE) AS "_plain",
                                      DATE_DIFF(
                                        'DAY',
                                        "t100"."start_date",
                                        CAST(CAST("t100"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE)
                                      ) AS "_needed"
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
                                        "t93"."periods"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."_key" AS "start_date",
                                            CASE
                                              WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t89"."_end"
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
                                            "t89"."early_followup_request_date",
                                            "t89"."education_order",
                                            "t89"."periods"
                                          FROM (
                                            SELECT
                                              "t86"."person_id",
                                              "t86"."benefit",
                                              "t86"."_key",
                                              MAX("t86"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                              MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t85" AS "t86"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t89"
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
                                            ON "t89"."_first" = "t6"."_frid"
                                        ) AS "t90"
                                        WHERE
                                          "t90"."benefit" IN ('dagpenge')
                                      ) AS "t93"
                                      ANTI JOIN (
                                        SELECT
                                          "t96"."person_id" AS "_k_person_id",
                                          "t96"."benefit" AS "_k_benefit",
                                          "t96"."start_date" AS "_k_start_date"
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
                                            "t93"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t89"."person_id",
                                                "t89"."benefit",
                                                "t89"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t89"."_end"
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
                                                "t89"."early_followup_request_date",
                                                "t89"."education_order",
                                                "t89"."periods"
                                              FROM (
                                                SELECT
                                                  "t86"."person_id",
                                                  "t86"."benefit",
                                                  "t86"."_key",
                                                  MAX("t86"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                                  MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t85" AS "t86"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t89"
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
                                                ON "t89"."_first" = "t6"."_frid"
                                            ) AS "t90"
                                            WHERE
                                              "t90"."benefit" IN ('dagpenge')
                                          ) AS "t93"
                                          SEMI JOIN (
                                            SELECT
                                              "t2"."person_id" AS "_mpid",
                                              "t2"."start_date" AS "_mstart"
                                            FROM "benefit_periods" AS "t2"
                                            WHERE
                                              "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                          ) AS "t10"
                                            ON "t93"."person_id" = "t10"."_mpid"
                                            AND "t10"."_mstart" >= "t93"."start_date"
                                            AND (
                                              (
                                                "t93"."end_date" IS NULL
                                              ) OR (
                                                "t10"."_mstart" <= "t93"."end_date"
                                              )
                                            )
                                        ) AS "t96"
                                        WHERE
                                          CASE
                                            WHEN "t96"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t96"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 6
                                            WHEN "t96"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                      ) AS "t99"
                                        ON "t93"."person_id" = "t99"."_k_person_id"
                                        AND "t93"."benefit" = "t99"."_k_benefit"
                                        AND "t93"."start_date" = "t99"."_k_start_date"
                                    ) AS "t100"
                                  ) AS "t105"
                                  LEFT OUTER JOIN (
                                    SELECT
                                      "t101"."person_id" AS "_ipid",
                                      "t101"."benefit" AS "_ibenefit",
                                      "t101"."start_date" AS "_istart",
                                      "t101"."i_start" AS "_i_start",
                                      "t101"."i_end" AS "_i_end",
                                      "t101"."cum_before" AS "_cum"
                                    FROM (
                                      SELECT
                                        "t97"."person_id",
                                        "t97"."benefit",
                                        "t97"."_key" AS "start_date",
                                        "t97"."i_start",
                                        "t97"."i_end",
                                        CAST(COALESCE(
                                          SUM("t97"."_len") OVER (
                                            PARTITION BY "t97"."person_id", "t97"."benefit", "t97"."_key"
                                            ORDER BY "t97"."i_start" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ),
                                          0
                                        ) AS INT) AS "cum_before"
                                      FROM (
                                        SELECT
                                          "t95"."person_id",
                                          "t95"."benefit",
                                          "t95"."_key",
                                          "t95"."_island",
                                          "t95"."i_start",
                                          "t95"."i_end",
                                          CASE
                                            WHEN "t95"."i_end" = MAKE_DATE(9999, 12, 31)
                                            THEN 0
                                            ELSE DATE_DIFF('DAY', "t95"."i_start", "t95"."i_end") + 1
                                          END AS "_len"
                                        FROM (
                                          SELECT
                                            "t94"."person_id",
                                            "t94"."benefit",
                                            "t94"."_key",
                                            "t94"."_island",
                                            MIN("t94"."start_date") AS "i_start",
                                            MAX("t94"."_end") AS "i_end"
                                          FROM (
                                            SELECT
                                              "t91"."person_id",
                                              "t91"."benefit",
                                              "t91"."start_date",
                                              "t91"."_end",
                                              "t91"."_key",
                                              "t91"."_acc",
                                              "t91"."_rid",
                                              "t91"."early_followup_request_date",
                                              "t91"."education_order",
                                              "t91"."_new",
                                              SUM("t91"."_new") OVER (
                                                PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."_key"
                                                ORDER BY "t91"."start_date" ASC, "t91"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                              ) AS "_island"
                                            FROM (
                                              SELECT
                                                "t87"."person_id",
                                                "t87"."benefit",
                                                "t87"."start_date",
                                                "t87"."_end",
                                                "t87"."_key",
                                                "t87"."_acc",
                                                "t87"."_rid",
                                                "t87"."early_followup_request_date",
                                                "t87"."education_order",
                                                CASE
                                                  WHEN MAX("t87"."_end") OVER (
                                                    PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                    ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) IS NULL
                                                  THEN 1
                                                  WHEN "t87"."start_date" > CAST(CAST(MAX("t87"."_end") OVER (
                                                    PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                    ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                  THEN 1
                                                  ELSE 0
                                                END AS "_new"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM "t85" AS "t86"
                                                WHERE
                                                  "t86"."_acc"
                                              ) AS "t87"
                                            ) AS "t91"
                                          ) AS "t94"
                                          GROUP BY
                                            1,
                                            2,
                                            3,
                                            4
                                        ) AS "t95"
                                      ) AS "t97"
                                    ) AS "t101"
                                  ) AS "t103"
                                    ON "t105"."person_id" = "t103"."_ipid"
                                    AND "t105"."benefit" = "t103"."_ibenefit"
                                    AND "t105"."start_date" = "t103"."_istart"
                                    AND "t103"."_cum" < "t105"."_needed"
                                    AND (
                                      (
                                        "t103"."_i_end" = MAKE_DATE(9999, 12, 31)
                                      )
                                      OR (
                                        (
                                          "t103"."_cum" + DATE_DIFF('DAY', "t103"."_i_start", "t103"."_i_end") + 1
                                        ) >= "t105"."_needed"
                                      )
                                    )
                                ) AS "t106"
                              ) AS "t107"
                            ) AS "t108"
                          ) AS "t109"
                        ) AS "t111"
                        LEFT OUTER JOIN (
                          SELECT
                            "t114"."person_id",
                            "t114"."benefit",
                            "t114"."start_date",
                            CAST(SUM(
                              DATE_DIFF(
                                'DAY',
                                GREATEST("t114"."_ex_start", "t114"."_from"),
                                LEAST("t114"."_ex_end", "t114"."_to")
                              ) + 1
                            ) AS INT) AS "exempt_days",
                            BOOL_OR(
                              CAST((
                                "t114"."_ex_start" <= CAST($as_of AS DATE)
                              )
                              AND (
                                "t114"."_ex_end" >= CAST($as_of AS DATE)
                              ) AS BOOLEAN)
                            ) AS "exempt_now",
                            ARRAY_TO_STRING(
                              LIST_SORT(
                                ARRAY_AGG(
                                  CASE
                                    WHEN CAST("t114"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t114"."_ex_end" AS TEXT) IS NULL
                                    OR "t114"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t114"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t114"."_ex_end" AS TEXT),
                                      ' (',
                                      "t114"."_ex_reason",
                                      ')'
                                    )
                                  END
                                ) FILTER(WHERE
                                  CASE
                                    WHEN CAST("t114"."_ex_start" AS TEXT) IS NULL
                                    OR CAST("t114"."_ex_end" AS TEXT) IS NULL
                                    OR "t114"."_ex_reason" IS NULL
                                    THEN NULL
                                    ELSE CONCAT(
                                      'fritaget ',
                                      CAST("t114"."_ex_start" AS TEXT),
                                      '–',
                                      CAST("t114"."_ex_end" AS TEXT),
                                      ' (',
                                      "t114"."_ex_reason",
                                      ')'
                                    )
                                  END IS NOT NULL)
                              ),
                              ', '
                            ) AS "exemption_note"
                          FROM (
                            SELECT
                              "t113"."person_id",
                              "t113"."benefit",
                              "t113"."start_date",
                              "t113"."_from",
                              "t113"."_to",
                              "t8"."_pid",
                              "t8"."_ex_start",
                              "t8"."_ex_end",
                              "t8"."_ex_reason"
                            FROM (
                              SELECT
                                "t110"."person_id",
                                "t110"."benefit",
                                "t110"."start_date",
                                "t110"."window_start" AS "_from",
                                "t110"."due0" AS "_to"
                              FROM (
                                SELECT
                                  "t109".*
                                  EXCLUDE ("_point")
                                FROM (
                                  SELECT
                                    "t108"."person_id",
                                    "t108"."benefit",
                                    "t108"."start_date",
                                    "t108"."end_date",
                                    "t108"."first_contact_date",
                                    "t108"."target_group",
                                    "t108"."first_absence_date",
                                    "t108"."sickness_category",
                                    "t108"."employed",
                                    "t108"."handover_date",
                                    "t108"."expected_absence_weeks",
                                    "t108"."work_obligation",
                                    "t108"."municipality",
                                    "t108"."early_followup_request_date",
                                    "t108"."education_order",
                                    "t108"."periods",
                                    "t108"."window_start",
                                    "t108"."required",
                                    "t108"."required_joint",
                                    "t108"."in_force",
                                    "t108"."_end_unconfirmed",
                                    "t108"."_point",
                                    CAST(CAST("t108"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                  FROM (
                                    SELECT
                                      "t107".*
                                      EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                    FROM (
                                      SELECT
                                        "t106"."person_id",
                                        "t106"."benefit",
                                        "t106"."start_date",
                                        "t106"."end_date",
                                        "t106"."first_contact_date",
                                        "t106"."target_group",
                                        "t106"."first_absence_date",
                                        "t106"."sickness_category",
                                        "t106"."employed",
                                        "t106"."handover_date",
                                        "t106"."expected_absence_weeks",
                                        "t106"."work_obligation",
                                        "t106"."municipality",
                                        "t106"."early_followup_request_date",
                                        "t106"."education_order",
                                        "t106"."periods",
                                        "t106"."window_start",
                                        "t106"."required",
                                        "t106"."required_joint",
                                        "t106"."in_force",
                                        "t106"."_end_unconfirmed",
                                        "t106"."_plain",
                                        "t106"."_needed",
                                        "t106"."_ipid",
                                        "t106"."_ibenefit",
                                        "t106"."_istart",
                                        "t106"."_i_start",
                                        "t106"."_i_end",
                                        "t106"."_cum",
                                        CASE
                                          WHEN "t106"."_i_start" IS NOT NULL
                                          THEN CAST(CAST("t106"."_i_start" + TO_DAYS(CAST("t106"."_needed" - "t106"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                          ELSE "t106"."_plain"
                                        END AS "_point"
                                      FROM (
                                        SELECT
                                          "t105"."person_id",
                                          "t105"."benefit",
                                          "t105"."start_date",
                                          "t105"."end_date",
                                          "t105"."first_contact_date",
                                          "t105"."target_group",
                                          "t105"."first_absence_date",
                                          "t105"."sickness_category",
                                          "t105"."employed",
                                          "t105"."handover_date",
                                          "t105"."expected_absence_weeks",
                                          "t105"."work_obligation",
                                          "t105"."municipality",
                                          "t105"."early_followup_request_date",
                                          "t105"."education_order",
                                          "t105"."periods",
                                          "t105"."window_start",
                                          "t105"."required",
                                          "t105"."required_joint",
                                          "t105"."in_force",
                                          "t105"."_end_unconfirmed",
                                          "t105"."_plain",
                                          "t105"."_needed",
                                          "t103"."_ipid",
                                          "t103"."_ibenefit",
                                          "t103"."_istart",
                                          "t103"."_i_start",
                                          "t103"."_i_end",
                                          "t103"."_cum"
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
                                            "t100"."start_date" AS "window_start",
                                            COALESCE(
                                              CASE
                                                WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            ) + COALESCE(0, 0) AS "required",
                                            CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                            (
                                              CASE
                                                WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            )
                                            AND (
                                              CASE
                                                WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                            ) AS "in_force",
                                            COALESCE(
                                              (
                                                CASE
                                                  WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NULL
                                              )
                                              AND COALESCE(
                                                ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                  "t100"."benefit"
                                                )
                                                OR ARRAY_CONTAINS(
                                                  CASE
                                                    WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                  CASE WHEN "t100"."benefit" IS NULL THEN NULL ELSE CONCAT("t100"."benefit", ':') END || COALESCE("t100"."target_group", '')
                                                ),
                                                FALSE
                                              ),
                                              FALSE
                                            ) AS "_end_unconfirmed",
                                            CAST(CAST("t100"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE) AS "_plain",
                                            DATE_DIFF(
                                              'DAY',
                                              "t100"."start_date",
                                              CAST(CAST("t100"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE)
                                            ) AS "_needed"
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
                                              "t93"."periods"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t89"."person_id",
                                                  "t89"."benefit",
                                                  "t89"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t89"."_end"
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
                                                  "t89"."early_followup_request_date",
                                                  "t89"."education_order",
                                                  "t89"."periods"
                                                FROM (
                                                  SELECT
                                                    "t86"."person_id",
                                                    "t86"."benefit",
                                                    "t86"."_key",
                                                    MAX("t86"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                                    MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t85" AS "t86"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t89"
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
                                                  ON "t89"."_first" = "t6"."_frid"
                                              ) AS "t90"
                                              WHERE
                                                "t90"."benefit" IN ('dagpenge')
                                            ) AS "t93"
                                            ANTI JOIN (
                                              SELECT
                                                "t96"."person_id" AS "_k_person_id",
                                                "t96"."benefit" AS "_k_benefit",
                                                "t96"."start_date" AS "_k_start_date"
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
                                                  "t93"."periods"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      "t89"."person_id",
                                                      "t89"."benefit",
                                                      "t89"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t89"."_end"
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
                                                      "t89"."early_followup_request_date",
                                                      "t89"."education_order",
                                                      "t89"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t86"."person_id",
                                                        "t86"."benefit",
                                                        "t86"."_key",
                                                        MAX("t86"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                                        MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t85" AS "t86"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t89"
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
                                                      ON "t89"."_first" = "t6"."_frid"
                                                  ) AS "t90"
                                                  WHERE
                                                    "t90"."benefit" IN ('dagpenge')
                                                ) AS "t93"
                                                SEMI JOIN (
                                                  SELECT
                                                    "t2"."person_id" AS "_mpid",
                                                    "t2"."start_date" AS "_mstart"
                                                  FROM "benefit_periods" AS "t2"
                                                  WHERE
                                                    "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                ) AS "t10"
                                                  ON "t93"."person_id" = "t10"."_mpid"
                                                  AND "t10"."_mstart" >= "t93"."start_date"
                                                  AND (
                                                    (
                                                      "t93"."end_date" IS NULL
                                                    ) OR (
                                                      "t10"."_mstart" <= "t93"."end_date"
                                                    )
                                                  )
                                              ) AS "t96"
                                              WHERE
                                                CASE
                                                  WHEN "t96"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t96"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 6
                                                  WHEN "t96"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                            ) AS "t99"
                                              ON "t93"."person_id" = "t99"."_k_person_id"
                                              AND "t93"."benefit" = "t99"."_k_benefit"
                                              AND "t93"."start_date" = "t99"."_k_start_date"
                                          ) AS "t100"
                                        ) AS "t105"
                                        LEFT OUTER JOIN (
                                          SELECT
                                            "t101"."person_id" AS "_ipid",
                                            "t101"."benefit" AS "_ibenefit",
                                            "t101"."start_date" AS "_istart",
                                            "t101"."i_start" AS "_i_start",
                                            "t101"."i_end" AS "_i_end",
                                            "t101"."cum_before" AS "_cum"
                                          FROM (
                                            SELECT
                                              "t97"."person_id",
                                              "t97"."benefit",
                                              "t97"."_key" AS "start_date",
                                              "t97"."i_start",
                                              "t97"."i_end",
                                              CAST(COALESCE(
                                                SUM("t97"."_len") OVER (
                                                  PARTITION BY "t97"."person_id", "t97"."benefit", "t97"."_key"
                                                  ORDER BY "t97"."i_start" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ),
                                                0
                                              ) AS INT) AS "cum_before"
                                            FROM (
                                              SELECT
                                                "t95"."person_id",
                                                "t95"."benefit",
                                                "t95"."_key",
                                                "t95"."_island",
                                                "t95"."i_start",
                                                "t95"."i_end",
                                                CASE
                                                  WHEN "t95"."i_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN 0
                                                  ELSE DATE_DIFF('DAY', "t95"."i_start", "t95"."i_end") + 1
                                                END AS "_len"
                                              FROM (
                                                SELECT
                                                  "t94"."person_id",
                                                  "t94"."benefit",
                                                  "t94"."_key",
                                                  "t94"."_island",
                                                  MIN("t94"."start_date") AS "i_start",
                                                  MAX("t94"."_end") AS "i_end"
                                                FROM (
                                                  SELECT
                                                    "t91"."person_id",
                                                    "t91"."benefit",
                                                    "t91"."start_date",
                                                    "t91"."_end",
                                                    "t91"."_key",
                                                    "t91"."_acc",
                                                    "t91"."_rid",
                                                    "t91"."early_followup_request_date",
                                                    "t91"."education_order",
                                                    "t91"."_new",
                                                    SUM("t91"."_new") OVER (
                                                      PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."_key"
                                                      ORDER BY "t91"."start_date" ASC, "t91"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                    ) AS "_island"
                                                  FROM (
                                                    SELECT
                                                      "t87"."person_id",
                                                      "t87"."benefit",
                                                      "t87"."start_date",
                                                      "t87"."_end",
                                                      "t87"."_key",
                                                      "t87"."_acc",
                                                      "t87"."_rid",
                                                      "t87"."early_followup_request_date",
                                                      "t87"."education_order",
                                                      CASE
                                                        WHEN MAX("t87"."_end") OVER (
                                                          PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                          ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) IS NULL
                                                        THEN 1
                                                        WHEN "t87"."start_date" > CAST(CAST(MAX("t87"."_end") OVER (
                                                          PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                          ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                        THEN 1
                                                        ELSE 0
                                                      END AS "_new"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM "t85" AS "t86"
                                                      WHERE
                                                        "t86"."_acc"
                                                    ) AS "t87"
                                                  ) AS "t91"
                                                ) AS "t94"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3,
                                                  4
                                              ) AS "t95"
                                            ) AS "t97"
                                          ) AS "t101"
                                        ) AS "t103"
                                          ON "t105"."person_id" = "t103"."_ipid"
                                          AND "t105"."benefit" = "t103"."_ibenefit"
                                          AND "t105"."start_date" = "t103"."_istart"
                                          AND "t103"."_cum" < "t105"."_needed"
                                          AND (
                                            (
                                              "t103"."_i_end" = MAKE_DATE(9999, 12, 31)
                                            )
                                            OR (
                                              (
                                                "t103"."_cum" + DATE_DIFF('DAY', "t103"."_i_start", "t103"."_i_end") + 1
                                              ) >= "t105"."_needed"
                                            )
                                          )
                                      ) AS "t106"
                                    ) AS "t107"
                                  ) AS "t108"
                                ) AS "t109"
                              ) AS "t110"
                            ) AS "t113"
                            INNER JOIN (
                              SELECT
                                "t0"."person_id" AS "_pid",
                                "t0"."start_date" AS "_ex_start",
                                "t0"."end_date" AS "_ex_end",
                                "t0"."reason" AS "_ex_reason"
                              FROM "exemptions" AS "t0"
                              WHERE
                                "t0"."start_date" <= CAST($as_of AS DATE)
                            ) AS "t8"
                              ON "t113"."person_id" = "t8"."_pid"
                              AND "t8"."_ex_start" <= "t113"."_to"
                              AND "t8"."_ex_end" >= "t113"."_from"
                          ) AS "t114"
                          GROUP BY
                            1,
                            2,
                            3
                        ) AS "t116"
                          ON "t111"."person_id" = "t116"."person_id"
                          AND "t111"."benefit" = "t116"."benefit"
                          AND "t111"."start_date" = "t116"."start_date"
                      ) AS "t117"
                    ) AS "t118"
                  ) AS "t120"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t1"
                    WHERE
                      "t1"."status" = 'afholdt'
                      AND COALESCE("t1"."individual", TRUE)
                      AND "t1"."date" <= CAST($as_of AS DATE)
                      AND "t1"."kind" IN ('jobsamtale')
                  ) AS "t9"
                    ON "t120"."person_id" = "t9"."person_id"
                    AND "t9"."date" >= "t120"."_first"
                    AND "t9"."date" <= "t120"."_last"
                ) AS "t121"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t121"."window_start" >= MAKE_DATE(2024, 1, 1)
                        THEN ['akasse']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t121"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t121"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t121"."form"
                    ),
                    FALSE
                  )
              ) AS "t127"
              INNER JOIN (
                SELECT
                  "t118"."person_id",
                  "t118"."benefit",
                  "t118"."start_date",
                  "t118"."required" AS "_n",
                  CAST(CAST("t118"."due0" + TO_DAYS(
                    CASE
                      WHEN COALESCE(
                        CASE
                          WHEN "t118"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN TRUE
                          ELSE CAST(NULL AS BOOLEAN)
                        END,
                        FALSE
                      )
                      THEN COALESCE("t118"."exempt_days", 0)
                      ELSE 0
                    END
                  ) AS TIMESTAMP) AS DATE) AS "_due"
                FROM (
                  SELECT
                    "t117".*
                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                  FROM (
                    SELECT
                      "t111"."person_id",
                      "t111"."benefit",
                      "t111"."start_date",
                      "t111"."end_date",
                      "t111"."first_contact_date",
                      "t111"."target_group",
                      "t111"."first_absence_date",
                      "t111"."sickness_category",
                      "t111"."employed",
                      "t111"."handover_date",
                      "t111"."expected_absence_weeks",
                      "t111"."work_obligation",
                      "t111"."municipality",
                      "t111"."early_followup_request_date",
                      "t111"."education_order",
                      "t111"."periods",
                      "t111"."window_start",
                      "t111"."required",
                      "t111"."required_joint",
                      "t111"."in_force",
                      "t111"."_end_unconfirmed",
                      "t111"."due0",
                      "t116"."person_id" AS "person_id_right",
                      "t116"."benefit" AS "benefit_right",
                      "t116"."start_date" AS "start_date_right",
                      "t116"."exempt_days",
                      "t116"."exempt_now",
                      "t116"."exemption_note"
                    FROM (
                      SELECT
                        "t109".*
                        EXCLUDE ("_point")
                      FROM (
                        SELECT
                          "t108"."person_id",
                          "t108"."benefit",
                          "t108"."start_date",
                          "t108"."end_date",
                          "t108"."first_contact_date",
                          "t108"."target_group",
                          "t108"."first_absence_date",
                          "t108"."sickness_category",
                          "t108"."employed",
                          "t108"."handover_date",
                          "t108"."expected_absence_weeks",
                          "t108"."work_obligation",
                          "t108"."municipality",
                          "t108"."early_followup_request_date",
                          "t108"."education_order",
                          "t108"."periods",
                          "t108"."window_start",
                          "t108"."required",
                          "t108"."required_joint",
                          "t108"."in_force",
                          "t108"."_end_unconfirmed",
                          "t108"."_point",
                          CAST(CAST("t108"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                        FROM (
                          SELECT
                            "t107".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t106"."person_id",
                              "t106"."benefit",
                              "t106"."start_date",
                              "t106"."end_date",
                              "t106"."first_contact_date",
                              "t106"."target_group",
                              "t106"."first_absence_date",
                              "t106"."sickness_category",
                              "t106"."employed",
                              "t106"."handover_date",
                              "t106"."expected_absence_weeks",
                              "t106"."work_obligation",
                              "t106"."municipality",
                              "t106"."early_followup_request_date",
                              "t106"."education_order",
                              "t106"."periods",
                              "t106"."window_start",
                              "t106"."required",
                              "t106"."required_joint",
                              "t106"."in_force",
                              "t106"."_end_unconfirmed",
                              "t106"."_plain",
                              "t106"."_needed",
                              "t106"."_ipid",
                              "t106"."_ibenefit",
                              "t106"."_istart",
                              "t106"."_i_start",
                              "t106"."_i_end",
                              "t106"."_cum",
                              CASE
                                WHEN "t106"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t106"."_i_start" + TO_DAYS(CAST("t106"."_needed" - "t106"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t106"."_plain"
                              END AS "_point"
                            FROM (
                              SELECT
                                "t105"."person_id",
                                "t105"."benefit",
                                "t105"."start_date",
                                "t105"."end_date",
                                "t105"."first_contact_date",
                                "t105"."target_group",
                                "t105"."first_absence_date",
                                "t105"."sickness_category",
                                "t105"."employed",
                                "t105"."handover_date",
                                "t105"."expected_absence_weeks",
                                "t105"."work_obligation",
                                "t105"."municipality",
                                "t105"."early_followup_request_date",
                                "t105"."education_order",
                                "t105"."periods",
                                "t105"."window_start",
                                "t105"."required",
                                "t105"."required_joint",
                                "t105"."in_force",
                                "t105"."_end_unconfirmed",
                                "t105"."_plain",
                                "t105"."_needed",
                                "t103"."_ipid",
                                "t103"."_ibenefit",
                                "t103"."_istart",
                                "t103"."_i_start",
                                "t103"."_i_end",
                                "t103"."_cum"
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
                                  "t100"."start_date" AS "window_start",
                                  COALESCE(
                                    CASE
                                      WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  ) + COALESCE(0, 0) AS "required",
                                  CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                  (
                                    CASE
                                      WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                      THEN CAST(NULL AS BIGINT)
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  )
                                  AND (
                                    CASE
                                      WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      ELSE CAST(NULL AS BIGINT)
                                    END IS NOT NULL
                                  ) AS "in_force",
                                  COALESCE(
                                    (
                                      CASE
                                        WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NULL
                                    )
                                    AND COALESCE(
                                      ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                        "t100"."benefit"
                                      )
                                      OR ARRAY_CONTAINS(
                                        CASE
                                          WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                        CASE WHEN "t100"."benefit" IS NULL THEN NULL ELSE CONCAT("t100"."benefit", ':') END || COALESCE("t100"."target_group", '')
                                      ),
                                      FALSE
                                    ),
                                    FALSE
                                  ) AS "_end_unconfirmed",
                                  CAST(CAST("t100"."start_date" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t100"."start_date",
                                    CAST(CAST("t100"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
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
                                    "t93"."periods"
                                  FROM (
                                    SELECT
                                      *
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."_key" AS "start_date",
                                        CASE
                                          WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                          THEN CAST(NULL AS DATE)
                                          ELSE "t89"."_end"
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
                                        "t89"."early_followup_request_date",
                                        "t89"."education_order",
                                        "t89"."periods"
                                      FROM (
                                        SELECT
                                          "t86"."person_id",
                                          "t86"."benefit",
                                          "t86"."_key",
                                          MAX("t86"."_end") AS "_end",
                                          COUNT(*) AS "periods",
                                          FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                          MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                          BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                        FROM "t85" AS "t86"
                                        GROUP BY
                                          1,
                                          2,
                                          3
                                      ) AS "t89"
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
                                        ON "t89"."_first" = "t6"."_frid"
                                    ) AS "t90"
                                    WHERE
                                      "t90"."benefit" IN ('dagpenge')
                                  ) AS "t93"
                                  ANTI JOIN (
                                    SELECT
                                      "t96"."person_id" AS "_k_person_id",
                                      "t96"."benefit" AS "_k_benefit",
                                      "t96"."start_date" AS "_k_start_date"
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
                                        "t93"."periods"
                                      FROM (
                                        SELECT
                                          *
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."_key" AS "start_date",
                                            CASE
                                              WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                              THEN CAST(NULL AS DATE)
                                              ELSE "t89"."_end"
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
                                            "t89"."early_followup_request_date",
                                            "t89"."education_order",
                                            "t89"."periods"
                                          FROM (
                                            SELECT
                                              "t86"."person_id",
                                              "t86"."benefit",
                                              "t86"."_key",
                                              MAX("t86"."_end") AS "_end",
                                              COUNT(*) AS "periods",
                                              FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                              MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                              BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                            FROM "t85" AS "t86"
                                            GROUP BY
                                              1,
                                              2,
                                              3
                                          ) AS "t89"
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
                                            ON "t89"."_first" = "t6"."_frid"
                                        ) AS "t90"
                                        WHERE
                                          "t90"."benefit" IN ('dagpenge')
                                      ) AS "t93"
                                      SEMI JOIN (
                                        SELECT
                                          "t2"."person_id" AS "_mpid",
                                          "t2"."start_date" AS "_mstart"
                                        FROM "benefit_periods" AS "t2"
                                        WHERE
                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                      ) AS "t10"
                                        ON "t93"."person_id" = "t10"."_mpid"
                                        AND "t10"."_mstart" >= "t93"."start_date"
                                        AND (
                                          (
                                            "t93"."end_date" IS NULL
                                          ) OR (
                                            "t10"."_mstart" <= "t93"."end_date"
                                          )
                                        )
                                    ) AS "t96"
                                    WHERE
                                      CASE
                                        WHEN "t96"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t96"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 6
                                        WHEN "t96"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                  ) AS "t99"
                                    ON "t93"."person_id" = "t99"."_k_person_id"
                                    AND "t93"."benefit" = "t99"."_k_benefit"
                                    AND "t93"."start_date" = "t99"."_k_start_date"
                                ) AS "t100"
                              ) AS "t105"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t101"."person_id" AS "_ipid",
                                  "t101"."benefit" AS "_ibenefit",
                                  "t101"."start_date" AS "_istart",
                                  "t101"."i_start" AS "_i_start",
                                  "t101"."i_end" AS "_i_end",
                                  "t101"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t97"."person_id",
                                    "t97"."benefit",
                                    "t97"."_key" AS "start_date",
                                    "t97"."i_start",
                                    "t97"."i_end",
                                    CAST(COALESCE(
                                      SUM("t97"."_len") OVER (
                                        PARTITION BY "t97"."person_id", "t97"."benefit", "t97"."_key"
                                        ORDER BY "t97"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t95"."person_id",
                                      "t95"."benefit",
                                      "t95"."_key",
                                      "t95"."_island",
                                      "t95"."i_start",
                                      "t95"."i_end",
                                      CASE
                                        WHEN "t95"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t95"."i_start", "t95"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t94"."person_id",
                                        "t94"."benefit",
                                        "t94"."_key",
                                        "t94"."_island",
                                        MIN("t94"."start_date") AS "i_start",
                                        MAX("t94"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t91"."person_id",
                                          "t91"."benefit",
                                          "t91"."start_date",
                                          "t91"."_end",
                                          "t91"."_key",
                                          "t91"."_acc",
                                          "t91"."_rid",
                                          "t91"."early_followup_request_date",
                                          "t91"."education_order",
                                          "t91"."_new",
                                          SUM("t91"."_new") OVER (
                                            PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."_key"
                                            ORDER BY "t91"."start_date" ASC, "t91"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t87"."person_id",
                                            "t87"."benefit",
                                            "t87"."start_date",
                                            "t87"."_end",
                                            "t87"."_key",
                                            "t87"."_acc",
                                            "t87"."_rid",
                                            "t87"."early_followup_request_date",
                                            "t87"."education_order",
                                            CASE
                                              WHEN MAX("t87"."_end") OVER (
                                                PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t87"."start_date" > CAST(CAST(MAX("t87"."_end") OVER (
                                                PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t85" AS "t86"
                                            WHERE
                                              "t86"."_acc"
                                          ) AS "t87"
                                        ) AS "t91"
                                      ) AS "t94"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t95"
                                  ) AS "t97"
                                ) AS "t101"
                              ) AS "t103"
                                ON "t105"."person_id" = "t103"."_ipid"
                                AND "t105"."benefit" = "t103"."_ibenefit"
                                AND "t105"."start_date" = "t103"."_istart"
                                AND "t103"."_cum" < "t105"."_needed"
                                AND (
                                  (
                                    "t103"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t103"."_cum" + DATE_DIFF('DAY', "t103"."_i_start", "t103"."_i_end") + 1
                                    ) >= "t105"."_needed"
                                  )
                                )
                            ) AS "t106"
                          ) AS "t107"
                        ) AS "t108"
                      ) AS "t109"
                    ) AS "t111"
                    LEFT OUTER JOIN (
                      SELECT
                        "t114"."person_id",
                        "t114"."benefit",
                        "t114"."start_date",
                        CAST(SUM(
                          DATE_DIFF(
                            'DAY',
                            GREATEST("t114"."_ex_start", "t114"."_from"),
                            LEAST("t114"."_ex_end", "t114"."_to")
                          ) + 1
                        ) AS INT) AS "exempt_days",
                        BOOL_OR(
                          CAST((
                            "t114"."_ex_start" <= CAST($as_of AS DATE)
                          )
                          AND (
                            "t114"."_ex_end" >= CAST($as_of AS DATE)
                          ) AS BOOLEAN)
                        ) AS "exempt_now",
                        ARRAY_TO_STRING(
                          LIST_SORT(
                            ARRAY_AGG(
                              CASE
                                WHEN CAST("t114"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t114"."_ex_end" AS TEXT) IS NULL
                                OR "t114"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t114"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t114"."_ex_end" AS TEXT),
                                  ' (',
                                  "t114"."_ex_reason",
                                  ')'
                                )
                              END
                            ) FILTER(WHERE
                              CASE
                                WHEN CAST("t114"."_ex_start" AS TEXT) IS NULL
                                OR CAST("t114"."_ex_end" AS TEXT) IS NULL
                                OR "t114"."_ex_reason" IS NULL
                                THEN NULL
                                ELSE CONCAT(
                                  'fritaget ',
                                  CAST("t114"."_ex_start" AS TEXT),
                                  '–',
                                  CAST("t114"."_ex_end" AS TEXT),
                                  ' (',
                                  "t114"."_ex_reason",
                                  ')'
                                )
                              END IS NOT NULL)
                          ),
                          ', '
                        ) AS "exemption_note"
                      FROM (
                        SELECT
                          "t113"."person_id",
                          "t113"."benefit",
                          "t113"."start_date",
                          "t113"."_from",
                          "t113"."_to",
                          "t8"."_pid",
                          "t8"."_ex_start",
                          "t8"."_ex_end",
                          "t8"."_ex_reason"
                        FROM (
                          SELECT
                            "t110"."person_id",
                            "t110"."benefit",
                            "t110"."start_date",
                            "t110"."window_start" AS "_from",
                            "t110"."due0" AS "_to"
                          FROM (
                            SELECT
                              "t109".*
                              EXCLUDE ("_point")
                            FROM (
                              SELECT
                                "t108"."person_id",
                                "t108"."benefit",
                                "t108"."start_date",
                                "t108"."end_date",
                                "t108"."first_contact_date",
                                "t108"."target_group",
                                "t108"."first_absence_date",
                                "t108"."sickness_category",
                                "t108"."employed",
                                "t108"."handover_date",
                                "t108"."expected_absence_weeks",
                                "t108"."work_obligation",
                                "t108"."municipality",
                                "t108"."early_followup_request_date",
                                "t108"."education_order",
                                "t108"."periods",
                                "t108"."window_start",
                                "t108"."required",
                                "t108"."required_joint",
                                "t108"."in_force",
                                "t108"."_end_unconfirmed",
                                "t108"."_point",
                                CAST(CAST("t108"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                              FROM (
                                SELECT
                                  "t107".*
                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                                FROM (
                                  SELECT
                                    "t106"."person_id",
                                    "t106"."benefit",
                                    "t106"."start_date",
                                    "t106"."end_date",
                                    "t106"."first_contact_date",
                                    "t106"."target_group",
                                    "t106"."first_absence_date",
                                    "t106"."sickness_category",
                                    "t106"."employed",
                                    "t106"."handover_date",
                                    "t106"."expected_absence_weeks",
                                    "t106"."work_obligation",
                                    "t106"."municipality",
                                    "t106"."early_followup_request_date",
                                    "t106"."education_order",
                                    "t106"."periods",
                                    "t106"."window_start",
                                    "t106"."required",
                                    "t106"."required_joint",
                                    "t106"."in_force",
                                    "t106"."_end_unconfirmed",
                                    "t106"."_plain",
                                    "t106"."_needed",
                                    "t106"."_ipid",
                                    "t106"."_ibenefit",
                                    "t106"."_istart",
                                    "t106"."_i_start",
                                    "t106"."_i_end",
                                    "t106"."_cum",
                                    CASE
                                      WHEN "t106"."_i_start" IS NOT NULL
                                      THEN CAST(CAST("t106"."_i_start" + TO_DAYS(CAST("t106"."_needed" - "t106"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                      ELSE "t106"."_plain"
                                    END AS "_point"
                                  FROM (
                                    SELECT
                                      "t105"."person_id",
                                      "t105"."benefit",
                                      "t105"."start_date",
                                      "t105"."end_date",
                                      "t105"."first_contact_date",
                                      "t105"."target_group",
                                      "t105"."first_absence_date",
                                      "t105"."sickness_category",
                                      "t105"."employed",
                                      "t105"."handover_date",
                                      "t105"."expected_absence_weeks",
                                      "t105"."work_obligation",
                                      "t105"."municipality",
                                      "t105"."early_followup_request_date",
                                      "t105"."education_order",
                                      "t105"."periods",
                                      "t105"."window_start",
                                      "t105"."required",
                                      "t105"."required_joint",
                                      "t105"."in_force",
                                      "t105"."_end_unconfirmed",
                                      "t105"."_plain",
                                      "t105"."_needed",
                                      "t103"."_ipid",
                                      "t103"."_ibenefit",
                                      "t103"."_istart",
                                      "t103"."_i_start",
                                      "t103"."_i_end",
                                      "t103"."_cum"
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
                                        "t100"."start_date" AS "window_start",
                                        COALESCE(
                                          CASE
                                            WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        ) + COALESCE(0, 0) AS "required",
                                        CAST(COALESCE(0, 0) AS BIGINT) AS "required_joint",
                                        (
                                          CASE
                                            WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN CAST(NULL AS BIGINT)
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        )
                                        AND (
                                          CASE
                                            WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                            THEN 3
                                            ELSE CAST(NULL AS BIGINT)
                                          END IS NOT NULL
                                        ) AS "in_force",
                                        COALESCE(
                                          (
                                            CASE
                                              WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t100"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NULL
                                          )
                                          AND COALESCE(
                                            ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                              "t100"."benefit"
                                            )
                                            OR ARRAY_CONTAINS(
                                              CASE
                                                WHEN "t100"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                              CASE WHEN "t100"."benefit" IS NULL THEN NULL ELSE CONCAT("t100"."benefit", ':') END || COALESCE("t100"."target_group", '')
                                            ),
                                            FALSE
                                          ),
                                          FALSE
                                        ) AS "_end_unconfirmed",
                                        CAST(CAST("t100"."start_date" + TO_MONTHS(
                                          COALESCE(
                                            CASE
                                              WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          )
                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                        DATE_DIFF(
                                          'DAY',
                                          "t100"."start_date",
                                          CAST(CAST("t100"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t100"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE)
                                        ) AS "_needed"
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
                                          "t93"."periods"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."_key" AS "start_date",
                                              CASE
                                                WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t89"."_end"
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
                                              "t89"."early_followup_request_date",
                                              "t89"."education_order",
                                              "t89"."periods"
                                            FROM (
                                              SELECT
                                                "t86"."person_id",
                                                "t86"."benefit",
                                                "t86"."_key",
                                                MAX("t86"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                                MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t85" AS "t86"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t89"
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
                                              ON "t89"."_first" = "t6"."_frid"
                                          ) AS "t90"
                                          WHERE
                                            "t90"."benefit" IN ('dagpenge')
                                        ) AS "t93"
                                        ANTI JOIN (
                                          SELECT
                                            "t96"."person_id" AS "_k_person_id",
                                            "t96"."benefit" AS "_k_benefit",
                                            "t96"."start_date" AS "_k_start_date"
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
                                              "t93"."periods"
                                            FROM (
                                              SELECT
                                                *
                                              FROM (
                                                SELECT
                                                  "t89"."person_id",
                                                  "t89"."benefit",
                                                  "t89"."_key" AS "start_date",
                                                  CASE
                                                    WHEN "t89"."_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN CAST(NULL AS DATE)
                                                    ELSE "t89"."_end"
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
                                                  "t89"."early_followup_request_date",
                                                  "t89"."education_order",
                                                  "t89"."periods"
                                                FROM (
                                                  SELECT
                                                    "t86"."person_id",
                                                    "t86"."benefit",
                                                    "t86"."_key",
                                                    MAX("t86"."_end") AS "_end",
                                                    COUNT(*) AS "periods",
                                                    FIRST("t86"."_rid" ORDER BY "t86"."start_date") AS "_first",
                                                    MIN("t86"."early_followup_request_date") AS "early_followup_request_date",
                                                    BOOL_OR(CAST(COALESCE("t86"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                  FROM "t85" AS "t86"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3
                                                ) AS "t89"
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
                                                  ON "t89"."_first" = "t6"."_frid"
                                              ) AS "t90"
                                              WHERE
                                                "t90"."benefit" IN ('dagpenge')
                                            ) AS "t93"
                                            SEMI JOIN (
                                              SELECT
                                                "t2"."person_id" AS "_mpid",
                                                "t2"."start_date" AS "_mstart"
                                              FROM "benefit_periods" AS "t2"
                                              WHERE
                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                            ) AS "t10"
                                              ON "t93"."person_id" = "t10"."_mpid"
                                              AND "t10"."_mstart" >= "t93"."start_date"
                                              AND (
                                                (
                                                  "t93"."end_date" IS NULL
                                                ) OR (
                                                  "t10"."_mstart" <= "t93"."end_date"
                                                )
                                              )
                                          ) AS "t96"
                                          WHERE
                                            CASE
                                              WHEN "t96"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t96"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 6
                                              WHEN "t96"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                        ) AS "t99"
                                          ON "t93"."person_id" = "t99"."_k_person_id"
                                          AND "t93"."benefit" = "t99"."_k_benefit"
                                          AND "t93"."start_date" = "t99"."_k_start_date"
                                      ) AS "t100"
                                    ) AS "t105"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t101"."person_id" AS "_ipid",
                                        "t101"."benefit" AS "_ibenefit",
                                        "t101"."start_date" AS "_istart",
                                        "t101"."i_start" AS "_i_start",
                                        "t101"."i_end" AS "_i_end",
                                        "t101"."cum_before" AS "_cum"
                                      FROM (
                                        SELECT
                                          "t97"."person_id",
                                          "t97"."benefit",
                                          "t97"."_key" AS "start_date",
                                          "t97"."i_start",
                                          "t97"."i_end",
                                          CAST(COALESCE(
                                            SUM("t97"."_len") OVER (
                                              PARTITION BY "t97"."person_id", "t97"."benefit", "t97"."_key"
                                              ORDER BY "t97"."i_start" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                            ),
                                            0
                                          ) AS INT) AS "cum_before"
                                        FROM (
                                          SELECT
                                            "t95"."person_id",
                                            "t95"."benefit",
                                            "t95"."_key",
                                            "t95"."_island",
                                            "t95"."i_start",
                                            "t95"."i_end",
                                            CASE
                                              WHEN "t95"."i_end" = MAKE_DATE(9999, 12, 31)
                                              THEN 0
                                              ELSE DATE_DIFF('DAY', "t95"."i_start", "t95"."i_end") + 1
                                            END AS "_len"
                                          FROM (
                                            SELECT
                                              "t94"."person_id",
                                              "t94"."benefit",
                                              "t94"."_key",
                                              "t94"."_island",
                                              MIN("t94"."start_date") AS "i_start",
                                              MAX("t94"."_end") AS "i_end"
                                            FROM (
                                              SELECT
                                                "t91"."person_id",
                                                "t91"."benefit",
                                                "t91"."start_date",
                                                "t91"."_end",
                                                "t91"."_key",
                                                "t91"."_acc",
                                                "t91"."_rid",
                                                "t91"."early_followup_request_date",
                                                "t91"."education_order",
                                                "t91"."_new",
                                                SUM("t91"."_new") OVER (
                                                  PARTITION BY "t91"."person_id", "t91"."benefit", "t91"."_key"
                                                  ORDER BY "t91"."start_date" ASC, "t91"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                ) AS "_island"
                                              FROM (
                                                SELECT
                                                  "t87"."person_id",
                                                  "t87"."benefit",
                                                  "t87"."start_date",
                                                  "t87"."_end",
                                                  "t87"."_key",
                                                  "t87"."_acc",
                                                  "t87"."_rid",
                                                  "t87"."early_followup_request_date",
                                                  "t87"."education_order",
                                                  CASE
                                                    WHEN MAX("t87"."_end") OVER (
                                                      PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                      ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) IS NULL
                                                    THEN 1
                                                    WHEN "t87"."start_date" > CAST(CAST(MAX("t87"."_end") OVER (
                                                      PARTITION BY "t87"."person_id", "t87"."benefit", "t87"."_key"
                                                      ORDER BY "t87"."start_date" ASC, "t87"."_end" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                    THEN 1
                                                    ELSE 0
                                                  END AS "_new"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM "t85" AS "t86"
                                                  WHERE
                                                    "t86"."_acc"
                                                ) AS "t87"
                                              ) AS "t91"
                                            ) AS "t94"
                                            GROUP BY
                                              1,
                                              2,
                                              3,
                                              4
                                          ) AS "t95"
                                        ) AS "t97"
                                      ) AS "t101"
                                    ) AS "t103"
                                      ON "t105"."person_id" = "t103"."_ipid"
                                      AND "t105"."benefit" = "t103"."_ibenefit"
                                      AND "t105"."start_date" = "t103"."_istart"
                                      AND "t103"."_cum" < "t105"."_needed"
                                      AND (
                                        (
                                          "t103"."_i_end" = MAKE_DATE(9999, 12, 31)
                                        )
                                        OR (
                                          (
                                            "t103"."_cum" + DATE_DIFF('DAY', "t103"."_i_start", "t103"."_i_end") + 1
                                          ) >= "t105"."_needed"
                                        )
                                      )
                                  ) AS "t106"
                                ) AS "t107"
                              ) AS "t108"
                            ) AS "t109"
                          ) AS "t110"
                        ) AS "t113"
                        INNER JOIN (
                          SELECT
                            "t0"."person_id" AS "_pid",
                            "t0"."start_date" AS "_ex_start",
                            "t0"."end_date" AS "_ex_end",
                            "t0"."reason" AS "_ex_reason"
                          FROM "exemptions" AS "t0"
                          WHERE
                            "t0"."start_date" <= CAST($as_of AS DATE)
                        ) AS "t8"
                          ON "t113"."person_id" = "t8"."_pid"
                          AND "t8"."_ex_start" <= "t113"."_to"
                          AND "t8"."_ex_end" >= "t113"."_from"
                      ) AS "t114"
                      GROUP BY
                        1,
                        2,
                        3
                    ) AS "t116"
                      ON "t111"."person_id" = "t116"."person_id"
                      AND "t111"."benefit" = "t116"."benefit"
                      AND "t111"."start_date" = "t116"."start_date"
                  ) AS "t117"
                ) AS "t118"
              ) AS "t125"
                ON "t127"."person_id" = "t125"."person_id"
                AND "t127"."benefit" = "t125"."benefit"
                AND "t127"."start_date" = "t125"."start_date"
            ) AS "t128"
            WHERE
              "t128"."_n" > 0
          ) AS "t129"
          GROUP BY
            1,
            2,
            3
        ) AS "t130"
      ) AS "t132"
        ON "t124"."person_id" = "t132"."person_id"
        AND "t124"."benefit" = "t132"."benefit"
        AND "t124"."start_date" = "t132"."start_date"
    ) AS "t133"
  ) AS "t134"
) AS "t135"
