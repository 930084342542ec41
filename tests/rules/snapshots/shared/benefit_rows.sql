WITH "t1" AS (
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
), "t4" AS (
  SELECT
    "t2"."person_id",
    COUNT(*) AS "_rows",
    MIN("t2"."benefit") = MAX("t2"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t2"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t1" AS "t2"
  GROUP BY
    1
), "t30" AS (
  SELECT
    *
  FROM (
    SELECT
      *
    FROM (
      SELECT
        "t14"."person_id",
        "t14"."benefit",
        "t14"."start_date",
        "t14"."target_group",
        "t14"."early_followup_request_date",
        "t14"."education_order",
        "t14"."_rid",
        "t14"."_end",
        "t14"."_acc",
        "t14"."start_date" AS "_spell_start"
      FROM (
        SELECT
          "t3"."person_id",
          "t3"."benefit",
          "t3"."start_date",
          "t3"."target_group",
          "t3"."early_followup_request_date",
          "t3"."education_order",
          "t3"."_rid",
          "t3"."_end",
          "t3"."_acc"
        FROM "t1" AS "t3"
        SEMI JOIN (
          SELECT
            *
          FROM "t4" AS "t5"
          WHERE
            "t5"."_rows" = 1
        ) AS "t10"
          ON "t3"."person_id" = "t10"."person_id"
      ) AS "t14"
    ) AS "t18"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t15"."person_id",
        "t15"."benefit",
        "t15"."start_date",
        "t15"."target_group",
        "t15"."early_followup_request_date",
        "t15"."education_order",
        "t15"."_rid",
        "t15"."_end",
        "t15"."_acc",
        CAST(NULL AS DATE) AS "_spell_start"
      FROM (
        SELECT
          "t3"."person_id",
          "t3"."benefit",
          "t3"."start_date",
          "t3"."target_group",
          "t3"."early_followup_request_date",
          "t3"."education_order",
          "t3"."_rid",
          "t3"."_end",
          "t3"."_acc"
        FROM "t1" AS "t3"
        SEMI JOIN (
          SELECT
            *
          FROM "t4" AS "t5"
          WHERE
            "t5"."_rows" > 1 AND "t5"."_one_benefit" AND "t5"."_all_acc"
        ) AS "t11"
          ON "t3"."person_id" = "t11"."person_id"
      ) AS "t15"
    ) AS "t19"
  ) AS "t20"
  UNION ALL
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
          "t23"."_new",
          MAX(CASE WHEN "t23"."_new" = 1 THEN "t23"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t23"."person_id"
            ORDER BY "t23"."start_date" ASC, "t23"."benefit" ASC, "t23"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
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
            CASE
              WHEN (
                MAX("t17"."_end") OVER (
                  PARTITION BY "t17"."person_id"
                  ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t17"."_end") OVER (
                    PARTITION BY "t17"."person_id"
                    ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t17"."_end") OVER (
                    PARTITION BY "t17"."person_id"
                    ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t17"."start_date" > CAST(CAST(MAX("t17"."_end") OVER (
                    PARTITION BY "t17"."person_id"
                    ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t17"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t17"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t17"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t17"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t17"."_end") OVER (
                          PARTITION BY "t17"."person_id"
                          ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t17"."_end") OVER (
                          PARTITION BY "t17"."person_id"
                          ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t17"."_end") OVER (
                            PARTITION BY "t17"."person_id"
                            ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t17"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t17"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t17"."target_group") OVER (
                    PARTITION BY "t17"."person_id"
                    ORDER BY "t17"."start_date" ASC, "t17"."benefit" ASC, "t17"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t17"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t17"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
          FROM (
            SELECT
              "t3"."person_id",
              "t3"."benefit",
              "t3"."start_date",
              "t3"."target_group",
              "t3"."early_followup_request_date",
              "t3"."education_order",
              "t3"."_rid",
              "t3"."_end",
              "t3"."_acc"
            FROM "t1" AS "t3"
            SEMI JOIN (
              SELECT
                *
              FROM "t4" AS "t5"
              WHERE
                "t5"."_rows" > 1 AND "t5"."_one_benefit" AND NOT (
                  "t5"."_all_acc"
                )
            ) AS "t13"
              ON "t3"."person_id" = "t13"."person_id"
          ) AS "t17"
        ) AS "t23"
      ) AS "t24"
    ) AS "t25"
    UNION ALL
    SELECT
      *
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
        "t27"."_spell_start"
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
          "t26"."_switch",
          "t26"."_run",
          "t26"."_new",
          MAX(CASE WHEN "t26"."_new" = 1 THEN "t26"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t26"."person_id"
            ORDER BY "t26"."start_date" ASC, "t26"."benefit" ASC, "t26"."_end" ASC
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
                "t16"."person_id",
                "t16"."benefit",
                "t16"."start_date",
                "t16"."target_group",
                "t16"."early_followup_request_date",
                "t16"."education_order",
                "t16"."_rid",
                "t16"."_end",
                "t16"."_acc",
                CASE
                  WHEN LAG("t16"."benefit") OVER (
                    PARTITION BY "t16"."person_id"
                    ORDER BY "t16"."start_date" ASC, "t16"."benefit" ASC, "t16"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t16"."benefit") OVER (
                    PARTITION BY "t16"."person_id"
                    ORDER BY "t16"."start_date" ASC, "t16"."benefit" ASC, "t16"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t16"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
              FROM (
                SELECT
                  "t3"."person_id",
                  "t3"."benefit",
                  "t3"."start_date",
                  "t3"."target_group",
                  "t3"."early_followup_request_date",
                  "t3"."education_order",
                  "t3"."_rid",
                  "t3"."_end",
                  "t3"."_acc"
                FROM "t1" AS "t3"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t4" AS "t5"
                  WHERE
                    "t5"."_rows" > 1 AND NOT (
                      "t5"."_one_benefit"
                    )
                ) AS "t12"
                  ON "t3"."person_id" = "t12"."person_id"
              ) AS "t16"
            ) AS "t21"
          ) AS "t22"
        ) AS "t26"
      ) AS "t27"
    ) AS "t28"
  ) AS "t29"
), "t32" AS (
  SELECT
    *
  FROM "t30" AS "t31"
  WHERE
    "t31"."_acc"
), "t36" AS (
  SELECT
    "t34"."person_id",
    "t34"."benefit",
    MIN("t34"."start_date") AS "c1"
  FROM "t32" AS "t34"
  GROUP BY
    1,
    2
), "t45" AS (
  SELECT
    "t44"."person_id",
    "t44"."benefit",
    "t44"."c1",
    "t44"."c2"
  FROM (
    SELECT
      "t38"."person_id",
      "t38"."benefit",
      "t38"."c1",
      "t43"."person_id" AS "person_id_right",
      "t43"."benefit" AS "benefit_right",
      "t43"."c2"
    FROM "t36" AS "t38"
    LEFT OUTER JOIN (
      SELECT
        "t41"."person_id",
        "t41"."benefit",
        MIN("t41"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t35"."person_id",
            "t35"."benefit",
            "t35"."start_date",
            "t35"."target_group",
            "t35"."early_followup_request_date",
            "t35"."education_order",
            "t35"."_rid",
            "t35"."_end",
            "t35"."_acc",
            "t35"."_spell_start",
            "t39"."c1"
          FROM "t32" AS "t35"
          INNER JOIN "t36" AS "t39"
            ON "t35"."person_id" = "t39"."person_id" AND "t35"."benefit" = "t39"."benefit"
        ) AS "t40"
        WHERE
          "t40"."start_date" >= CAST(CAST("t40"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t40"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t54" AS (
  SELECT
    "t53"."person_id",
    "t53"."benefit",
    "t53"."c1",
    "t53"."c2",
    "t53"."c3"
  FROM (
    SELECT
      "t47"."person_id",
      "t47"."benefit",
      "t47"."c1",
      "t47"."c2",
      "t52"."person_id" AS "person_id_right",
      "t52"."benefit" AS "benefit_right",
      "t52"."c3"
    FROM "t45" AS "t47"
    LEFT OUTER JOIN (
      SELECT
        "t50"."person_id",
        "t50"."benefit",
        MIN("t50"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t35"."person_id",
            "t35"."benefit",
            "t35"."start_date",
            "t35"."target_group",
            "t35"."early_followup_request_date",
            "t35"."education_order",
            "t35"."_rid",
            "t35"."_end",
            "t35"."_acc",
            "t35"."_spell_start",
            "t48"."c1",
            "t48"."c2"
          FROM "t32" AS "t35"
          INNER JOIN "t45" AS "t48"
            ON "t35"."person_id" = "t48"."person_id" AND "t35"."benefit" = "t48"."benefit"
        ) AS "t49"
        WHERE
          "t49"."start_date" >= CAST(CAST("t49"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t49"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t50"
      GROUP BY
        1,
        2
    ) AS "t52"
      ON "t47"."person_id" = "t52"."person_id" AND "t47"."benefit" = "t52"."benefit"
  ) AS "t53"
)
SELECT
  *
FROM (
  SELECT
    "t31"."person_id",
    "t31"."benefit",
    "t31"."start_date",
    "t31"."_end",
    "t31"."_spell_start" AS "_key",
    "t31"."_acc",
    "t31"."_rid",
    "t31"."early_followup_request_date",
    "t31"."education_order"
  FROM "t30" AS "t31"
  WHERE
    NOT (
      "t31"."_acc"
    )
) AS "t33"
UNION ALL
SELECT
  *
FROM (
  SELECT
    "t73"."person_id",
    "t73"."benefit",
    "t73"."start_date",
    "t73"."_end",
    GREATEST(
      CASE
        WHEN "t73"."c1" <= "t73"."start_date"
        THEN "t73"."c1"
        ELSE CAST(NULL AS DATE)
      END,
      CASE
        WHEN "t73"."c2" <= "t73"."start_date"
        THEN "t73"."c2"
        ELSE CAST(NULL AS DATE)
      END,
      CASE
        WHEN "t73"."c3" <= "t73"."start_date"
        THEN "t73"."c3"
        ELSE CAST(NULL AS DATE)
      END,
      CASE
        WHEN "t73"."c4" <= "t73"."start_date"
        THEN "t73"."c4"
        ELSE CAST(NULL AS DATE)
      END,
      CASE
        WHEN "t73"."c5" <= "t73"."start_date"
        THEN "t73"."c5"
        ELSE CAST(NULL AS DATE)
      END
    ) AS "_key",
    "t73"."_acc",
    "t73"."_rid",
    "t73"."early_followup_request_date",
    "t73"."education_order"
  FROM (
    SELECT
      "t35"."person_id",
      "t35"."benefit",
      "t35"."start_date",
      "t35"."target_group",
      "t35"."early_followup_request_date",
      "t35"."education_order",
      "t35"."_rid",
      "t35"."_end",
      "t35"."_acc",
      "t35"."_spell_start",
      "t72"."c1",
      "t72"."c2",
      "t72"."c3",
      "t72"."c4",
      "t72"."c5"
    FROM "t32" AS "t35"
    INNER JOIN (
      SELECT
        "t70".*
        EXCLUDE ("benefit_right", "person_id_right")
      FROM (
        SELECT
          "t64"."person_id",
          "t64"."benefit",
          "t64"."c1",
          "t64"."c2",
          "t64"."c3",
          "t64"."c4",
          "t69"."person_id" AS "person_id_right",
          "t69"."benefit" AS "benefit_right",
          "t69"."c5"
        FROM (
          SELECT
            "t62".*
            EXCLUDE ("benefit_right", "person_id_right")
          FROM (
            SELECT
              "t56"."person_id",
              "t56"."benefit",
              "t56"."c1",
              "t56"."c2",
              "t56"."c3",
              "t61"."person_id" AS "person_id_right",
              "t61"."benefit" AS "benefit_right",
              "t61"."c4"
            FROM "t54" AS "t56"
            LEFT OUTER JOIN (
              SELECT
                "t59"."person_id",
                "t59"."benefit",
                MIN("t59"."start_date") AS "c4"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t35"."person_id",
                    "t35"."benefit",
                    "t35"."start_date",
                    "t35"."target_group",
                    "t35"."early_followup_request_date",
                    "t35"."education_order",
                    "t35"."_rid",
                    "t35"."_end",
                    "t35"."_acc",
                    "t35"."_spell_start",
                    "t57"."c1",
                    "t57"."c2",
                    "t57"."c3"
                  FROM "t32" AS "t35"
                  INNER JOIN "t54" AS "t57"
                    ON "t35"."person_id" = "t57"."person_id" AND "t35"."benefit" = "t57"."benefit"
                ) AS "t58"
                WHERE
                  "t58"."start_date" >= CAST(CAST("t58"."c3" + TO_MONTHS(
                    COALESCE(
                      CASE WHEN "t58"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                      0
                    )
                  ) AS TIMESTAMP) AS DATE)
              ) AS "t59"
              GROUP BY
                1,
                2
            ) AS "t61"
              ON "t56"."person_id" = "t61"."person_id" AND "t56"."benefit" = "t61"."benefit"
          ) AS "t62"
        ) AS "t64"
        LEFT OUTER JOIN (
          SELECT
            "t67"."person_id",
            "t67"."benefit",
            MIN("t67"."start_date") AS "c5"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t35"."person_id",
                "t35"."benefit",
                "t35"."start_date",
                "t35"."target_group",
                "t35"."early_followup_request_date",
                "t35"."education_order",
                "t35"."_rid",
                "t35"."_end",
                "t35"."_acc",
                "t35"."_spell_start",
                "t65"."c1",
                "t65"."c2",
                "t65"."c3",
                "t65"."c4"
              FROM "t32" AS "t35"
              INNER JOIN (
                SELECT
                  "t62".*
                  EXCLUDE ("benefit_right", "person_id_right")
                FROM (
                  SELECT
                    "t56"."person_id",
                    "t56"."benefit",
                    "t56"."c1",
                    "t56"."c2",
                    "t56"."c3",
                    "t61"."person_id" AS "person_id_right",
                    "t61"."benefit" AS "benefit_right",
                    "t61"."c4"
                  FROM "t54" AS "t56"
                  LEFT OUTER JOIN (
                    SELECT
                      "t59"."person_id",
                      "t59"."benefit",
                      MIN("t59"."start_date") AS "c4"
                    FROM (
                      SELECT
                        *
                      FROM (
                        SELECT
                          "t35"."person_id",
                          "t35"."benefit",
                          "t35"."start_date",
                          "t35"."target_group",
                          "t35"."early_followup_request_date",
                          "t35"."education_order",
                          "t35"."_rid",
                          "t35"."_end",
                          "t35"."_acc",
                          "t35"."_spell_start",
                          "t57"."c1",
                          "t57"."c2",
                          "t57"."c3"
                        FROM "t32" AS "t35"
                        INNER JOIN "t54" AS "t57"
                          ON "t35"."person_id" = "t57"."person_id" AND "t35"."benefit" = "t57"."benefit"
                      ) AS "t58"
                      WHERE
                        "t58"."start_date" >= CAST(CAST("t58"."c3" + TO_MONTHS(
                          COALESCE(
                            CASE WHEN "t58"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                            0
                          )
                        ) AS TIMESTAMP) AS DATE)
                    ) AS "t59"
                    GROUP BY
                      1,
                      2
                  ) AS "t61"
                    ON "t56"."person_id" = "t61"."person_id" AND "t56"."benefit" = "t61"."benefit"
                ) AS "t62"
              ) AS "t65"
                ON "t35"."person_id" = "t65"."person_id" AND "t35"."benefit" = "t65"."benefit"
            ) AS "t66"
            WHERE
              "t66"."start_date" >= CAST(CAST("t66"."c4" + TO_MONTHS(
                COALESCE(
                  CASE WHEN "t66"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                  0
                )
              ) AS TIMESTAMP) AS DATE)
          ) AS "t67"
          GROUP BY
            1,
            2
        ) AS "t69"
          ON "t64"."person_id" = "t69"."person_id" AND "t64"."benefit" = "t69"."benefit"
      ) AS "t70"
    ) AS "t72"
      ON "t35"."person_id" = "t72"."person_id" AND "t35"."benefit" = "t72"."benefit"
  ) AS "t73"
) AS "t74"
