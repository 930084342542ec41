WITH "t13" AS (
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
), "t16" AS (
  SELECT
    "t14"."person_id",
    COUNT(*) AS "_rows",
    MIN("t14"."benefit") = MAX("t14"."benefit") AS "_one_benefit",
    BOOL_AND(CAST("t14"."_acc" AS BOOLEAN)) AS "_all_acc"
  FROM "t13" AS "t14"
  GROUP BY
    1
), "t42" AS (
  SELECT
    *
  FROM (
    SELECT
      *
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
        "t26"."start_date" AS "_spell_start"
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
          "t15"."_acc"
        FROM "t13" AS "t15"
        SEMI JOIN (
          SELECT
            *
          FROM "t16" AS "t17"
          WHERE
            "t17"."_rows" = 1
        ) AS "t22"
          ON "t15"."person_id" = "t22"."person_id"
      ) AS "t26"
    ) AS "t30"
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
        CAST(NULL AS DATE) AS "_spell_start"
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
          "t15"."_acc"
        FROM "t13" AS "t15"
        SEMI JOIN (
          SELECT
            *
          FROM "t16" AS "t17"
          WHERE
            "t17"."_rows" > 1 AND "t17"."_one_benefit" AND "t17"."_all_acc"
        ) AS "t23"
          ON "t15"."person_id" = "t23"."person_id"
      ) AS "t27"
    ) AS "t31"
  ) AS "t32"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      *
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
        "t36"."_spell_start"
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
          "t35"."_new",
          MAX(CASE WHEN "t35"."_new" = 1 THEN "t35"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t35"."person_id"
            ORDER BY "t35"."start_date" ASC, "t35"."benefit" ASC, "t35"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
        FROM (
          SELECT
            "t29"."person_id",
            "t29"."benefit",
            "t29"."start_date",
            "t29"."target_group",
            "t29"."early_followup_request_date",
            "t29"."education_order",
            "t29"."_rid",
            "t29"."_end",
            "t29"."_acc",
            CASE
              WHEN (
                MAX("t29"."_end") OVER (
                  PARTITION BY "t29"."person_id"
                  ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                ) IS NULL
              )
              OR (
                (
                  MAX("t29"."_end") OVER (
                    PARTITION BY "t29"."person_id"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t29"."_end") OVER (
                    PARTITION BY "t29"."person_id"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t29"."start_date" > CAST(CAST(MAX("t29"."_end") OVER (
                    PARTITION BY "t29"."person_id"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t29"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t29"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t29"."_end") OVER (
                          PARTITION BY "t29"."person_id"
                          ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t29"."_end") OVER (
                          PARTITION BY "t29"."person_id"
                          ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t29"."_end") OVER (
                            PARTITION BY "t29"."person_id"
                            ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t29"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t29"."target_group") OVER (
                    PARTITION BY "t29"."person_id"
                    ORDER BY "t29"."start_date" ASC, "t29"."benefit" ASC, "t29"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t29"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t29"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              "t15"."_acc"
            FROM "t13" AS "t15"
            SEMI JOIN (
              SELECT
                *
              FROM "t16" AS "t17"
              WHERE
                "t17"."_rows" > 1 AND "t17"."_one_benefit" AND NOT (
                  "t17"."_all_acc"
                )
            ) AS "t25"
              ON "t15"."person_id" = "t25"."person_id"
          ) AS "t29"
        ) AS "t35"
      ) AS "t36"
    ) AS "t37"
    UNION ALL
    SELECT
      *
    FROM (
      SELECT
        "t39"."person_id",
        "t39"."benefit",
        "t39"."start_date",
        "t39"."target_group",
        "t39"."early_followup_request_date",
        "t39"."education_order",
        "t39"."_rid",
        "t39"."_end",
        "t39"."_acc",
        "t39"."_spell_start"
      FROM (
        SELECT
          "t38"."person_id",
          "t38"."benefit",
          "t38"."start_date",
          "t38"."target_group",
          "t38"."early_followup_request_date",
          "t38"."education_order",
          "t38"."_rid",
          "t38"."_end",
          "t38"."_acc",
          "t38"."_switch",
          "t38"."_run",
          "t38"."_new",
          MAX(CASE WHEN "t38"."_new" = 1 THEN "t38"."start_date" ELSE CAST(NULL AS DATE) END) OVER (
            PARTITION BY "t38"."person_id"
            ORDER BY "t38"."start_date" ASC, "t38"."benefit" ASC, "t38"."_end" ASC
            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
          ) AS "_spell_start"
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
            "t34"."_switch",
            "t34"."_run",
            CASE
              WHEN (
                "t34"."_switch" = 1
              )
              OR (
                (
                  MAX("t34"."_end") OVER (
                    PARTITION BY "t34"."person_id", "t34"."_run"
                    ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) IS NOT NULL
                )
                AND (
                  MAX("t34"."_end") OVER (
                    PARTITION BY "t34"."person_id", "t34"."_run"
                    ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) < MAKE_DATE(9999, 12, 31)
                )
                AND (
                  "t34"."start_date" > CAST(CAST(MAX("t34"."_end") OVER (
                    PARTITION BY "t34"."person_id", "t34"."_run"
                    ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                  ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                )
                AND (
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t34"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN ['sygedagpenge']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t34"."benefit"
                    ),
                    FALSE
                  )
                  OR (
                    (
                      CASE
                        WHEN "t34"."start_date" >= MAKE_DATE(2020, 1, 1)
                        THEN 1
                        ELSE CAST(NULL AS BIGINT)
                      END IS NOT NULL
                    )
                    AND (
                      "t34"."start_date" >= CAST(CAST(CASE
                        WHEN EXTRACT(day FROM CAST(CAST(MAX("t34"."_end") OVER (
                          PARTITION BY "t34"."person_id", "t34"."_run"
                          ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)) = 1
                        THEN CAST(CAST(MAX("t34"."_end") OVER (
                          PARTITION BY "t34"."person_id", "t34"."_run"
                          ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ELSE CAST(CAST(DATE_TRUNC(
                          'MONTH',
                          CAST(CAST(MAX("t34"."_end") OVER (
                            PARTITION BY "t34"."person_id", "t34"."_run"
                            ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                        ) + TO_MONTHS(1) AS TIMESTAMP) AS DATE)
                      END + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t34"."start_date" >= MAKE_DATE(2020, 1, 1)
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
                    WHEN "t34"."start_date" >= MAKE_DATE(2020, 1, 1)
                    THEN ['uddannelsesparat>jobparat', 'uddannelsesparat>aktivitetsparat']
                    ELSE CAST(NULL AS TEXT[])
                  END,
                  LAG("t34"."target_group") OVER (
                    PARTITION BY "t34"."person_id", "t34"."_run"
                    ORDER BY "t34"."start_date" ASC, "t34"."benefit" ASC, "t34"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) || CASE
                    WHEN "t34"."target_group" IS NULL
                    THEN NULL
                    ELSE CONCAT('>', "t34"."target_group")
                  END
                ),
                FALSE
              )
              THEN 1
              ELSE 0
            END AS "_new"
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
              "t33"."_switch",
              SUM("t33"."_switch") OVER (
                PARTITION BY "t33"."person_id"
                ORDER BY "t33"."start_date" ASC, "t33"."benefit" ASC, "t33"."_end" ASC
                ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
              ) AS "_run"
            FROM (
              SELECT
                "t28"."person_id",
                "t28"."benefit",
                "t28"."start_date",
                "t28"."target_group",
                "t28"."early_followup_request_date",
                "t28"."education_order",
                "t28"."_rid",
                "t28"."_end",
                "t28"."_acc",
                CASE
                  WHEN LAG("t28"."benefit") OVER (
                    PARTITION BY "t28"."person_id"
                    ORDER BY "t28"."start_date" ASC, "t28"."benefit" ASC, "t28"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) IS NULL
                  THEN 1
                  WHEN LAG("t28"."benefit") OVER (
                    PARTITION BY "t28"."person_id"
                    ORDER BY "t28"."start_date" ASC, "t28"."benefit" ASC, "t28"."_end" ASC
                    ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING
                  ) <> "t28"."benefit"
                  THEN 1
                  ELSE 0
                END AS "_switch"
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
                  "t15"."_acc"
                FROM "t13" AS "t15"
                SEMI JOIN (
                  SELECT
                    *
                  FROM "t16" AS "t17"
                  WHERE
                    "t17"."_rows" > 1 AND NOT (
                      "t17"."_one_benefit"
                    )
                ) AS "t24"
                  ON "t15"."person_id" = "t24"."person_id"
              ) AS "t28"
            ) AS "t33"
          ) AS "t34"
        ) AS "t38"
      ) AS "t39"
    ) AS "t40"
  ) AS "t41"
), "t44" AS (
  SELECT
    *
  FROM "t42" AS "t43"
  WHERE
    "t43"."_acc"
), "t48" AS (
  SELECT
    "t46"."person_id",
    "t46"."benefit",
    MIN("t46"."start_date") AS "c1"
  FROM "t44" AS "t46"
  GROUP BY
    1,
    2
), "t57" AS (
  SELECT
    "t56"."person_id",
    "t56"."benefit",
    "t56"."c1",
    "t56"."c2"
  FROM (
    SELECT
      "t50"."person_id",
      "t50"."benefit",
      "t50"."c1",
      "t55"."person_id" AS "person_id_right",
      "t55"."benefit" AS "benefit_right",
      "t55"."c2"
    FROM "t48" AS "t50"
    LEFT OUTER JOIN (
      SELECT
        "t53"."person_id",
        "t53"."benefit",
        MIN("t53"."start_date") AS "c2"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t47"."person_id",
            "t47"."benefit",
            "t47"."start_date",
            "t47"."target_group",
            "t47"."early_followup_request_date",
            "t47"."education_order",
            "t47"."_rid",
            "t47"."_end",
            "t47"."_acc",
            "t47"."_spell_start",
            "t51"."c1"
          FROM "t44" AS "t47"
          INNER JOIN "t48" AS "t51"
            ON "t47"."person_id" = "t51"."person_id" AND "t47"."benefit" = "t51"."benefit"
        ) AS "t52"
        WHERE
          "t52"."start_date" >= CAST(CAST("t52"."c1" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t52"."c1" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
              0
            )
          ) AS TIMESTAMP) AS DATE)
      ) AS "t53"
      GROUP BY
        1,
        2
    ) AS "t55"
      ON "t50"."person_id" = "t55"."person_id" AND "t50"."benefit" = "t55"."benefit"
  ) AS "t56"
), "t66" AS (
  SELECT
    "t65"."person_id",
    "t65"."benefit",
    "t65"."c1",
    "t65"."c2",
    "t65"."c3"
  FROM (
    SELECT
      "t59"."person_id",
      "t59"."benefit",
      "t59"."c1",
      "t59"."c2",
      "t64"."person_id" AS "person_id_right",
      "t64"."benefit" AS "benefit_right",
      "t64"."c3"
    FROM "t57" AS "t59"
    LEFT OUTER JOIN (
      SELECT
        "t62"."person_id",
        "t62"."benefit",
        MIN("t62"."start_date") AS "c3"
      FROM (
        SELECT
          *
        FROM (
          SELECT
            "t47"."person_id",
            "t47"."benefit",
            "t47"."start_date",
            "t47"."target_group",
            "t47"."early_followup_request_date",
            "t47"."education_order",
            "t47"."_rid",
            "t47"."_end",
            "t47"."_acc",
            "t47"."_spell_start",
            "t60"."c1",
            "t60"."c2"
          FROM "t44" AS "t47"
          INNER JOIN "t57" AS "t60"
            ON "t47"."person_id" = "t60"."person_id" AND "t47"."benefit" = "t60"."benefit"
        ) AS "t61"
        WHERE
          "t61"."start_date" >= CAST(CAST("t61"."c2" + TO_MONTHS(
            COALESCE(
              CASE WHEN "t61"."c2" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
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
), "t87" AS (
  SELECT
    *
  FROM (
    SELECT
      "t43"."person_id",
      "t43"."benefit",
      "t43"."start_date",
      "t43"."_end",
      "t43"."_spell_start" AS "_key",
      "t43"."_acc",
      "t43"."_rid",
      "t43"."early_followup_request_date",
      "t43"."education_order"
    FROM "t42" AS "t43"
    WHERE
      NOT (
        "t43"."_acc"
      )
  ) AS "t45"
  UNION ALL
  SELECT
    *
  FROM (
    SELECT
      "t85"."person_id",
      "t85"."benefit",
      "t85"."start_date",
      "t85"."_end",
      GREATEST(
        CASE
          WHEN "t85"."c1" <= "t85"."start_date"
          THEN "t85"."c1"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t85"."c2" <= "t85"."start_date"
          THEN "t85"."c2"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t85"."c3" <= "t85"."start_date"
          THEN "t85"."c3"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t85"."c4" <= "t85"."start_date"
          THEN "t85"."c4"
          ELSE CAST(NULL AS DATE)
        END,
        CASE
          WHEN "t85"."c5" <= "t85"."start_date"
          THEN "t85"."c5"
          ELSE CAST(NULL AS DATE)
        END
      ) AS "_key",
      "t85"."_acc",
      "t85"."_rid",
      "t85"."early_followup_request_date",
      "t85"."education_order"
    FROM (
      SELECT
        "t47"."person_id",
        "t47"."benefit",
        "t47"."start_date",
        "t47"."target_group",
        "t47"."early_followup_request_date",
        "t47"."education_order",
        "t47"."_rid",
        "t47"."_end",
        "t47"."_acc",
        "t47"."_spell_start",
        "t84"."c1",
        "t84"."c2",
        "t84"."c3",
        "t84"."c4",
        "t84"."c5"
      FROM "t44" AS "t47"
      INNER JOIN (
        SELECT
          "t82".*
          EXCLUDE ("benefit_right", "person_id_right")
        FROM (
          SELECT
            "t76"."person_id",
            "t76"."benefit",
            "t76"."c1",
            "t76"."c2",
            "t76"."c3",
            "t76"."c4",
            "t81"."person_id" AS "person_id_right",
            "t81"."benefit" AS "benefit_right",
            "t81"."c5"
          FROM (
            SELECT
              "t74".*
              EXCLUDE ("benefit_right", "person_id_right")
            FROM (
              SELECT
                "t68"."person_id",
                "t68"."benefit",
                "t68"."c1",
                "t68"."c2",
                "t68"."c3",
                "t73"."person_id" AS "person_id_right",
                "t73"."benefit" AS "benefit_right",
                "t73"."c4"
              FROM "t66" AS "t68"
              LEFT OUTER JOIN (
                SELECT
                  "t71"."person_id",
                  "t71"."benefit",
                  MIN("t71"."start_date") AS "c4"
                FROM (
                  SELECT
                    *
                  FROM (
                    SELECT
                      "t47"."person_id",
                      "t47"."benefit",
                      "t47"."start_date",
                      "t47"."target_group",
                      "t47"."early_followup_request_date",
                      "t47"."education_order",
                      "t47"."_rid",
                      "t47"."_end",
                      "t47"."_acc",
                      "t47"."_spell_start",
                      "t69"."c1",
                      "t69"."c2",
                      "t69"."c3"
                    FROM "t44" AS "t47"
                    INNER JOIN "t66" AS "t69"
                      ON "t47"."person_id" = "t69"."person_id" AND "t47"."benefit" = "t69"."benefit"
                  ) AS "t70"
                  WHERE
                    "t70"."start_date" >= CAST(CAST("t70"."c3" + TO_MONTHS(
                      COALESCE(
                        CASE WHEN "t70"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE)
                ) AS "t71"
                GROUP BY
                  1,
                  2
              ) AS "t73"
                ON "t68"."person_id" = "t73"."person_id" AND "t68"."benefit" = "t73"."benefit"
            ) AS "t74"
          ) AS "t76"
          LEFT OUTER JOIN (
            SELECT
              "t79"."person_id",
              "t79"."benefit",
              MIN("t79"."start_date") AS "c5"
            FROM (
              SELECT
                *
              FROM (
                SELECT
                  "t47"."person_id",
                  "t47"."benefit",
                  "t47"."start_date",
                  "t47"."target_group",
                  "t47"."early_followup_request_date",
                  "t47"."education_order",
                  "t47"."_rid",
                  "t47"."_end",
                  "t47"."_acc",
                  "t47"."_spell_start",
                  "t77"."c1",
                  "t77"."c2",
                  "t77"."c3",
                  "t77"."c4"
                FROM "t44" AS "t47"
                INNER JOIN (
                  SELECT
                    "t74".*
                    EXCLUDE ("benefit_right", "person_id_right")
                  FROM (
                    SELECT
                      "t68"."person_id",
                      "t68"."benefit",
                      "t68"."c1",
                      "t68"."c2",
                      "t68"."c3",
                      "t73"."person_id" AS "person_id_right",
                      "t73"."benefit" AS "benefit_right",
                      "t73"."c4"
                    FROM "t66" AS "t68"
                    LEFT OUTER JOIN (
                      SELECT
                        "t71"."person_id",
                        "t71"."benefit",
                        MIN("t71"."start_date") AS "c4"
                      FROM (
                        SELECT
                          *
                        FROM (
                          SELECT
                            "t47"."person_id",
                            "t47"."benefit",
                            "t47"."start_date",
                            "t47"."target_group",
                            "t47"."early_followup_request_date",
                            "t47"."education_order",
                            "t47"."_rid",
                            "t47"."_end",
                            "t47"."_acc",
                            "t47"."_spell_start",
                            "t69"."c1",
                            "t69"."c2",
                            "t69"."c3"
                          FROM "t44" AS "t47"
                          INNER JOIN "t66" AS "t69"
                            ON "t47"."person_id" = "t69"."person_id" AND "t47"."benefit" = "t69"."benefit"
                        ) AS "t70"
                        WHERE
                          "t70"."start_date" >= CAST(CAST("t70"."c3" + TO_MONTHS(
                            COALESCE(
                              CASE WHEN "t70"."c3" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE)
                      ) AS "t71"
                      GROUP BY
                        1,
                        2
                    ) AS "t73"
                      ON "t68"."person_id" = "t73"."person_id" AND "t68"."benefit" = "t73"."benefit"
                  ) AS "t74"
                ) AS "t77"
                  ON "t47"."person_id" = "t77"."person_id" AND "t47"."benefit" = "t77"."benefit"
              ) AS "t78"
              WHERE
                "t78"."start_date" >= CAST(CAST("t78"."c4" + TO_MONTHS(
                  COALESCE(
                    CASE WHEN "t78"."c4" >= MAKE_DATE(2020, 1, 1) THEN 36 ELSE CAST(NULL AS BIGINT) END,
                    0
                  )
                ) AS TIMESTAMP) AS DATE)
            ) AS "t79"
            GROUP BY
              1,
              2
          ) AS "t81"
            ON "t76"."person_id" = "t81"."person_id" AND "t76"."benefit" = "t81"."benefit"
        ) AS "t82"
      ) AS "t84"
        ON "t47"."person_id" = "t84"."person_id" AND "t47"."benefit" = "t84"."benefit"
    ) AS "t85"
  ) AS "t86"
)
SELECT
  "t156"."person_id",
  "t156"."benefit",
  'interviews_6m' AS "kind",
  'dagpenge_interviews_6m' AS "rule_id",
  '1.3.0' AS "rule_version",
  CASE
    WHEN "t156"."window_start" >= MAKE_DATE(2026, 7, 1)
    THEN 'Lov nr. 1750 af 29.12.2025; STAR, generelle spørgsmål og svar om reformen (75 %-krav)'
    WHEN "t156"."window_start" >= MAKE_DATE(2024, 1, 1)
    THEN 'LAB § 31 (LBK nr. 280 af 2024; lov nr. 727 af 13.6.2023 – forenklet kontaktforløb)'
    WHEN "t156"."window_start" >= MAKE_DATE(2020, 1, 1)
    THEN 'LAB § 31 (LBK nr. 701 af 2022)'
    ELSE CAST(NULL AS TEXT)
  END AS "reference",
  "t156"."window_start",
  CASE
    WHEN COALESCE("t156"."is_applicable", FALSE)
    THEN "t156"."due_date"
    ELSE CAST(NULL AS DATE)
  END AS "due_date",
  CASE
    WHEN NOT (
      COALESCE("t156"."is_applicable", FALSE)
    )
    THEN 'not_applicable'
    WHEN (
      "t156"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t156"."fulfilled_date" <= "t156"."due_date"
    )
    THEN 'met'
    WHEN "t156"."fulfilled_date" IS NOT NULL
    THEN 'late'
    WHEN COALESCE("t156"."is_exempt", FALSE)
    THEN 'exempt'
    WHEN "t156"."due_date" < CAST($as_of AS DATE)
    THEN 'overdue'
    ELSE 'open'
  END AS "status",
  CASE
    WHEN COALESCE("t156"."is_applicable", FALSE)
    THEN "t156"."fulfilled_date"
    ELSE CAST(NULL AS DATE)
  END AS "fulfilled_date",
  CAST(CASE
    WHEN NOT (
      COALESCE("t156"."is_applicable", FALSE)
    )
    THEN CAST(NULL AS INT)
    WHEN (
      "t156"."fulfilled_date" IS NOT NULL
    )
    AND (
      "t156"."fulfilled_date" > "t156"."due_date"
    )
    THEN DATE_DIFF('DAY', "t156"."due_date", "t156"."fulfilled_date")
    WHEN NOT (
      "t156"."fulfilled_date" IS NOT NULL
    )
    AND NOT (
      COALESCE("t156"."is_exempt", FALSE)
    )
    AND (
      "t156"."due_date" < CAST($as_of AS DATE)
    )
    THEN DATE_DIFF('DAY', "t156"."due_date", CAST($as_of AS DATE))
    ELSE CAST(NULL AS INT)
  END AS INT) AS "days_late",
  CASE
    WHEN COALESCE(
      ARRAY_CONTAINS(
        CASE
          WHEN COALESCE(
            CASE
              WHEN COALESCE("t156"."is_applicable", FALSE)
              THEN "t156"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t156"."window_start"
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
              WHEN COALESCE("t156"."is_applicable", FALSE)
              THEN "t156"."due_date"
              ELSE CAST(NULL AS DATE)
            END,
            "t156"."window_start"
          ) >= MAKE_DATE(2015, 1, 1)
          THEN []
          ELSE CAST(NULL AS TEXT[])
        END,
        'dagpenge_interviews_6m'
      ),
      FALSE
    )
    THEN 'UBEKRÆFTET: Fra 1. januar 2027 gælder ny beskæftigelseslovgivning (en ny hovedlov afløser LAB, og sygedagpengeloven ændres), og det er ikke bekræftet, at denne regel fortsætter; vurderet efter reglerne fra 2026. '
    ELSE ''
  END || COALESCE("t156"."evidence", '') AS "evidence"
FROM (
  SELECT
    "t155"."person_id",
    "t155"."benefit",
    "t155"."start_date",
    "t155"."end_date",
    "t155"."first_contact_date",
    "t155"."target_group",
    "t155"."first_absence_date",
    "t155"."sickness_category",
    "t155"."employed",
    "t155"."handover_date",
    "t155"."expected_absence_weeks",
    "t155"."work_obligation",
    "t155"."municipality",
    "t155"."early_followup_request_date",
    "t155"."education_order",
    "t155"."periods",
    "t155"."window_start",
    "t155"."required",
    "t155"."required_joint",
    "t155"."in_force",
    "t155"."_end_unconfirmed",
    "t155"."due0",
    "t155"."exempt_days",
    "t155"."exempt_now",
    "t155"."exemption_note",
    "t155"."due_date",
    "t155"."_count_from",
    "t155"."nth_date",
    "t155"."counted",
    "t155"."in_window",
    "t155"."listed",
    "t155"."joint_date",
    "t155"."joint_in_window",
    CASE
      WHEN "t155"."required_joint" = 0
      THEN "t155"."nth_date"
      WHEN (
        "t155"."nth_date" IS NOT NULL
      ) AND (
        "t155"."joint_date" IS NOT NULL
      )
      THEN GREATEST("t155"."nth_date", "t155"."joint_date")
      ELSE CAST(NULL AS DATE)
    END AS "fulfilled_date",
    "t155"."in_force"
    AND NOT (
      (
        "t155"."end_date" IS NOT NULL
      )
      AND (
        "t155"."end_date" < "t155"."due_date"
      )
      AND (
        CASE
          WHEN "t155"."required_joint" = 0
          THEN "t155"."nth_date"
          WHEN (
            "t155"."nth_date" IS NOT NULL
          ) AND (
            "t155"."joint_date" IS NOT NULL
          )
          THEN GREATEST("t155"."nth_date", "t155"."joint_date")
          ELSE CAST(NULL AS DATE)
        END IS NULL
      )
    ) AS "is_applicable",
    "t155"."exempt_now" AS "is_exempt",
    CASE
      WHEN "t155"."exemption_note" = ''
      THEN CASE
        WHEN (
          "t155"."end_date" IS NOT NULL
        )
        AND (
          "t155"."end_date" < "t155"."due_date"
        )
        AND (
          CASE
            WHEN "t155"."required_joint" = 0
            THEN "t155"."nth_date"
            WHEN (
              "t155"."nth_date" IS NOT NULL
            ) AND (
              "t155"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t155"."nth_date", "t155"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t155"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t155"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t155"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t155"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t155"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t155"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t155"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t155"."listed" IS NOT NULL
          THEN CASE WHEN "t155"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t155"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t155"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t155"."end_date" AS TEXT))
        END
        WHEN "t155"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t155"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t155"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t155"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t155"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t155"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t155"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t155"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t155"."listed" IS NOT NULL
          THEN CASE WHEN "t155"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t155"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t155"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t155"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t155"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t155"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t155"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t155"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t155"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t155"."listed" IS NOT NULL
          THEN CASE WHEN "t155"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t155"."listed") END
          ELSE ''
        END
      END
      ELSE CASE
        WHEN (
          "t155"."end_date" IS NOT NULL
        )
        AND (
          "t155"."end_date" < "t155"."due_date"
        )
        AND (
          CASE
            WHEN "t155"."required_joint" = 0
            THEN "t155"."nth_date"
            WHEN (
              "t155"."nth_date" IS NOT NULL
            ) AND (
              "t155"."joint_date" IS NOT NULL
            )
            THEN GREATEST("t155"."nth_date", "t155"."joint_date")
            ELSE CAST(NULL AS DATE)
          END IS NULL
        )
        THEN CAST(COALESCE("t155"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t155"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t155"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t155"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t155"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t155"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t155"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t155"."listed" IS NOT NULL
          THEN CASE WHEN "t155"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t155"."listed") END
          ELSE ''
        END || CASE
          WHEN CAST("t155"."end_date" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT('; ydelsesforløbet sluttede ', CAST("t155"."end_date" AS TEXT))
        END
        WHEN "t155"."_end_unconfirmed"
        THEN 'UBEKRÆFTET: fra 1. juli 2026 er personkravet kun bekræftet afløst for dagpenge, jobparate og ledighedsydelse (reformens 75 %-krav); at det også bortfalder for denne gruppe, er ikke bekræftet. ' || CAST(COALESCE("t155"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t155"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t155"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t155"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t155"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t155"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t155"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t155"."listed" IS NOT NULL
          THEN CASE WHEN "t155"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t155"."listed") END
          ELSE ''
        END
        ELSE CAST(COALESCE("t155"."in_window", 0) AS TEXT) || CASE
          WHEN CAST("t155"."required" AS TEXT) IS NULL
          THEN NULL
          ELSE CONCAT(' af ', CAST("t155"."required" AS TEXT), ' samtaler inden fristen')
        END || CASE
          WHEN "t155"."required_joint" > 0
          THEN ', heraf ' || CAST(COALESCE("t155"."joint_in_window", 0) AS TEXT) || CASE
            WHEN CAST("t155"."required_joint" AS TEXT) IS NULL
            THEN NULL
            ELSE CONCAT(' af ', CAST("t155"."required_joint" AS TEXT), ' fællessamtaler')
          END
          ELSE ''
        END || CASE
          WHEN "t155"."listed" IS NOT NULL
          THEN CASE WHEN "t155"."listed" IS NULL THEN NULL ELSE CONCAT(': ', "t155"."listed") END
          ELSE ''
        END
      END || CASE
        WHEN "t155"."exemption_note" IS NULL
        THEN NULL
        ELSE CONCAT('; ', "t155"."exemption_note")
      END
    END AS "evidence"
  FROM (
    SELECT
      "t154".*
      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
    FROM (
      SELECT
        "t153"."person_id",
        "t153"."benefit",
        "t153"."start_date",
        "t153"."end_date",
        "t153"."first_contact_date",
        "t153"."target_group",
        "t153"."first_absence_date",
        "t153"."sickness_category",
        "t153"."employed",
        "t153"."handover_date",
        "t153"."expected_absence_weeks",
        "t153"."work_obligation",
        "t153"."municipality",
        "t153"."early_followup_request_date",
        "t153"."education_order",
        "t153"."periods",
        "t153"."window_start",
        "t153"."required",
        "t153"."required_joint",
        "t153"."in_force",
        "t153"."_end_unconfirmed",
        "t153"."due0",
        "t153"."exempt_days",
        "t153"."exempt_now",
        "t153"."exemption_note",
        "t153"."due_date",
        "t153"."_count_from",
        "t153"."nth_date",
        "t153"."counted",
        "t153"."in_window",
        "t153"."listed",
        "t149"."person_id" AS "person_id_right",
        "t149"."benefit" AS "benefit_right",
        "t149"."start_date" AS "start_date_right",
        "t149"."joint_date",
        "t149"."joint_in_window"
      FROM (
        SELECT
          "t151".*
          EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
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
            "t150"."person_id" AS "person_id_right",
            "t150"."benefit" AS "benefit_right",
            "t150"."start_date" AS "start_date_right",
            "t150"."nth_date",
            "t150"."counted",
            "t150"."in_window",
            "t150"."listed"
          FROM (
            SELECT
              "t124".*
              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
            FROM (
              SELECT
                "t123"."person_id",
                "t123"."benefit",
                "t123"."start_date",
                "t123"."end_date",
                "t123"."first_contact_date",
                "t123"."target_group",
                "t123"."first_absence_date",
                "t123"."sickness_category",
                "t123"."employed",
                "t123"."handover_date",
                "t123"."expected_absence_weeks",
                "t123"."work_obligation",
                "t123"."municipality",
                "t123"."early_followup_request_date",
                "t123"."education_order",
                "t123"."periods",
                "t123"."window_start",
                "t123"."required",
                "t123"."required_joint",
                "t123"."in_force",
                "t123"."_end_unconfirmed",
                "t123"."due0",
                "t123"."exempt_days",
                "t123"."exempt_now",
                "t123"."exemption_note",
                "t123"."due_date",
                "t123"."_plain",
                "t123"."_needed",
                "t123"."_ipid",
                "t123"."_ibenefit",
                "t123"."_istart",
                "t123"."_i_start",
                "t123"."_i_end",
                "t123"."_cum",
                CASE
                  WHEN "t123"."_i_start" IS NOT NULL
                  THEN CAST(CAST("t123"."_i_start" + TO_DAYS(CAST("t123"."_needed" - "t123"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                  ELSE "t123"."_plain"
                END AS "_count_from"
              FROM (
                SELECT
                  "t122"."person_id",
                  "t122"."benefit",
                  "t122"."start_date",
                  "t122"."end_date",
                  "t122"."first_contact_date",
                  "t122"."target_group",
                  "t122"."first_absence_date",
                  "t122"."sickness_category",
                  "t122"."employed",
                  "t122"."handover_date",
                  "t122"."expected_absence_weeks",
                  "t122"."work_obligation",
                  "t122"."municipality",
                  "t122"."early_followup_request_date",
                  "t122"."education_order",
                  "t122"."periods",
                  "t122"."window_start",
                  "t122"."required",
                  "t122"."required_joint",
                  "t122"."in_force",
                  "t122"."_end_unconfirmed",
                  "t122"."due0",
                  "t122"."exempt_days",
                  "t122"."exempt_now",
                  "t122"."exemption_note",
                  "t122"."due_date",
                  "t122"."_plain",
                  "t122"."_needed",
                  "t105"."_ipid",
                  "t105"."_ibenefit",
                  "t105"."_istart",
                  "t105"."_i_start",
                  "t105"."_i_end",
                  "t105"."_cum"
                FROM (
                  SELECT
                    "t120"."person_id",
                    "t120"."benefit",
                    "t120"."start_date",
                    "t120"."end_date",
                    "t120"."first_contact_date",
                    "t120"."target_group",
                    "t120"."first_absence_date",
                    "t120"."sickness_category",
                    "t120"."employed",
                    "t120"."handover_date",
                    "t120"."expected_absence_weeks",
                    "t120"."work_obligation",
                    "t120"."municipality",
                    "t120"."early_followup_request_date",
                    "t120"."education_order",
                    "t120"."periods",
                    "t120"."window_start",
                    "t120"."required",
                    "t120"."required_joint",
                    "t120"."in_force",
                    "t120"."_end_unconfirmed",
                    "t120"."due0",
                    COALESCE("t120"."exempt_days", 0) AS "exempt_days",
                    COALESCE("t120"."exempt_now", FALSE) AS "exempt_now",
                    COALESCE("t120"."exemption_note", '') AS "exemption_note",
                    CAST(CAST("t120"."due0" + TO_DAYS(
                      CASE
                        WHEN COALESCE(
                          CASE
                            WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN TRUE
                            ELSE CAST(NULL AS BOOLEAN)
                          END,
                          FALSE
                        )
                        THEN COALESCE("t120"."exempt_days", 0)
                        ELSE 0
                      END
                    ) AS TIMESTAMP) AS DATE) AS "due_date",
                    CAST(CAST("t120"."window_start" + TO_MONTHS(
                      COALESCE(
                        CASE
                          WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                          THEN 3
                          WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                          THEN 0
                          ELSE CAST(NULL AS BIGINT)
                        END,
                        0
                      )
                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                    DATE_DIFF(
                      'DAY',
                      "t120"."window_start",
                      CAST(CAST("t120"."window_start" + TO_MONTHS(
                        COALESCE(
                          CASE
                            WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                            THEN 3
                            WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN 0
                            ELSE CAST(NULL AS BIGINT)
                          END,
                          0
                        )
                      ) AS TIMESTAMP) AS DATE)
                    ) AS "_needed"
                  FROM (
                    SELECT
                      "t119".*
                      EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                    FROM (
                      SELECT
                        "t113"."person_id",
                        "t113"."benefit",
                        "t113"."start_date",
                        "t113"."end_date",
                        "t113"."first_contact_date",
                        "t113"."target_group",
                        "t113"."first_absence_date",
                        "t113"."sickness_category",
                        "t113"."employed",
                        "t113"."handover_date",
                        "t113"."expected_absence_weeks",
                        "t113"."work_obligation",
                        "t113"."municipality",
                        "t113"."early_followup_request_date",
                        "t113"."education_order",
                        "t113"."periods",
                        "t113"."window_start",
                        "t113"."required",
                        "t113"."required_joint",
                        "t113"."in_force",
                        "t113"."_end_unconfirmed",
                        "t113"."due0",
                        "t118"."person_id" AS "person_id_right",
                        "t118"."benefit" AS "benefit_right",
                        "t118"."start_date" AS "start_date_right",
                        "t118"."exempt_days",
                        "t118"."exempt_now",
                        "t118"."exemption_note"
                      FROM (
                        SELECT
                          "t111".*
                          EXCLUDE ("_point")
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
                            "t110"."required",
                            "t110"."required_joint",
                            "t110"."in_force",
                            "t110"."_end_unconfirmed",
                            "t110"."_point",
                            CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                          FROM (
                            SELECT
                              "t109".*
                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                "t108"."_plain",
                                "t108"."_needed",
                                "t108"."_ipid",
                                "t108"."_ibenefit",
                                "t108"."_istart",
                                "t108"."_i_start",
                                "t108"."_i_end",
                                "t108"."_cum",
                                CASE
                                  WHEN "t108"."_i_start" IS NOT NULL
                                  THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                  ELSE "t108"."_plain"
                                END AS "_point"
                              FROM (
                                SELECT
                                  "t107"."person_id",
                                  "t107"."benefit",
                                  "t107"."start_date",
                                  "t107"."end_date",
                                  "t107"."first_contact_date",
                                  "t107"."target_group",
                                  "t107"."first_absence_date",
                                  "t107"."sickness_category",
                                  "t107"."employed",
                                  "t107"."handover_date",
                                  "t107"."expected_absence_weeks",
                                  "t107"."work_obligation",
                                  "t107"."municipality",
                                  "t107"."early_followup_request_date",
                                  "t107"."education_order",
                                  "t107"."periods",
                                  "t107"."window_start",
                                  "t107"."required",
                                  "t107"."required_joint",
                                  "t107"."in_force",
                                  "t107"."_end_unconfirmed",
                                  "t107"."_plain",
                                  "t107"."_needed",
                                  "t105"."_ipid",
                                  "t105"."_ibenefit",
                                  "t105"."_istart",
                                  "t105"."_i_start",
                                  "t105"."_i_end",
                                  "t105"."_cum"
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
                                    "t102"."start_date" AS "window_start",
                                    COALESCE(
                                      CASE
                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) + COALESCE(
                                      CASE
                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required",
                                    COALESCE(
                                      CASE
                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 0
                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    ) AS "required_joint",
                                    (
                                      CASE
                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                        THEN CAST(NULL AS BIGINT)
                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 4
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    )
                                    AND (
                                      CASE
                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                        THEN 6
                                        ELSE CAST(NULL AS BIGINT)
                                      END IS NOT NULL
                                    ) AS "in_force",
                                    COALESCE(
                                      (
                                        CASE
                                          WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 4
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NULL
                                      )
                                      AND COALESCE(
                                        ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          "t102"."benefit"
                                        )
                                        OR ARRAY_CONTAINS(
                                          CASE
                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                          CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                        ),
                                        FALSE
                                      ),
                                      FALSE
                                    ) AS "_end_unconfirmed",
                                    CAST(CAST("t102"."start_date" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN 6
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                    DATE_DIFF(
                                      'DAY',
                                      "t102"."start_date",
                                      CAST(CAST("t102"."start_date" + TO_MONTHS(
                                        COALESCE(
                                          CASE
                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                            THEN 6
                                            ELSE CAST(NULL AS BIGINT)
                                          END,
                                          0
                                        )
                                      ) AS TIMESTAMP) AS DATE)
                                    ) AS "_needed"
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
                                      "t95"."periods"
                                    FROM (
                                      SELECT
                                        *
                                      FROM (
                                        SELECT
                                          "t91"."person_id",
                                          "t91"."benefit",
                                          "t91"."_key" AS "start_date",
                                          CASE
                                            WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                            THEN CAST(NULL AS DATE)
                                            ELSE "t91"."_end"
                                          END AS "end_date",
                                          "t7"."first_contact_date",
                                          "t7"."target_group",
                                          "t7"."first_absence_date",
                                          "t7"."sickness_category",
                                          "t7"."employed",
                                          "t7"."handover_date",
                                          "t7"."expected_absence_weeks",
                                          "t7"."work_obligation",
                                          "t7"."municipality",
                                          "t91"."early_followup_request_date",
                                          "t91"."education_order",
                                          "t91"."periods"
                                        FROM (
                                          SELECT
                                            "t88"."person_id",
                                            "t88"."benefit",
                                            "t88"."_key",
                                            MAX("t88"."_end") AS "_end",
                                            COUNT(*) AS "periods",
                                            FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                            MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                            BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                          FROM "t87" AS "t88"
                                          GROUP BY
                                            1,
                                            2,
                                            3
                                        ) AS "t91"
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
                                        ) AS "t7"
                                          ON "t91"."_first" = "t7"."_frid"
                                      ) AS "t92"
                                      WHERE
                                        "t92"."benefit" IN ('dagpenge')
                                    ) AS "t95"
                                    ANTI JOIN (
                                      SELECT
                                        "t98"."person_id" AS "_k_person_id",
                                        "t98"."benefit" AS "_k_benefit",
                                        "t98"."start_date" AS "_k_start_date"
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
                                          "t95"."periods"
                                        FROM (
                                          SELECT
                                            *
                                          FROM (
                                            SELECT
                                              "t91"."person_id",
                                              "t91"."benefit",
                                              "t91"."_key" AS "start_date",
                                              CASE
                                                WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                THEN CAST(NULL AS DATE)
                                                ELSE "t91"."_end"
                                              END AS "end_date",
                                              "t7"."first_contact_date",
                                              "t7"."target_group",
                                              "t7"."first_absence_date",
                                              "t7"."sickness_category",
                                              "t7"."employed",
                                              "t7"."handover_date",
                                              "t7"."expected_absence_weeks",
                                              "t7"."work_obligation",
                                              "t7"."municipality",
                                              "t91"."early_followup_request_date",
                                              "t91"."education_order",
                                              "t91"."periods"
                                            FROM (
                                              SELECT
                                                "t88"."person_id",
                                                "t88"."benefit",
                                                "t88"."_key",
                                                MAX("t88"."_end") AS "_end",
                                                COUNT(*) AS "periods",
                                                FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                              FROM "t87" AS "t88"
                                              GROUP BY
                                                1,
                                                2,
                                                3
                                            ) AS "t91"
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
                                            ) AS "t7"
                                              ON "t91"."_first" = "t7"."_frid"
                                          ) AS "t92"
                                          WHERE
                                            "t92"."benefit" IN ('dagpenge')
                                        ) AS "t95"
                                        SEMI JOIN (
                                          SELECT
                                            "t2"."person_id" AS "_mpid",
                                            "t2"."start_date" AS "_mstart"
                                          FROM "benefit_periods" AS "t2"
                                          WHERE
                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                        ) AS "t12"
                                          ON "t95"."person_id" = "t12"."_mpid"
                                          AND "t12"."_mstart" >= "t95"."start_date"
                                          AND (
                                            (
                                              "t95"."end_date" IS NULL
                                            ) OR (
                                              "t12"."_mstart" <= "t95"."end_date"
                                            )
                                          )
                                      ) AS "t98"
                                      WHERE
                                        CASE
                                          WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                          THEN 6
                                          WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                          THEN CAST(NULL AS BIGINT)
                                          ELSE CAST(NULL AS BIGINT)
                                        END IS NOT NULL
                                    ) AS "t101"
                                      ON "t95"."person_id" = "t101"."_k_person_id"
                                      AND "t95"."benefit" = "t101"."_k_benefit"
                                      AND "t95"."start_date" = "t101"."_k_start_date"
                                  ) AS "t102"
                                ) AS "t107"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t103"."person_id" AS "_ipid",
                                    "t103"."benefit" AS "_ibenefit",
                                    "t103"."start_date" AS "_istart",
                                    "t103"."i_start" AS "_i_start",
                                    "t103"."i_end" AS "_i_end",
                                    "t103"."cum_before" AS "_cum"
                                  FROM (
                                    SELECT
                                      "t99"."person_id",
                                      "t99"."benefit",
                                      "t99"."_key" AS "start_date",
                                      "t99"."i_start",
                                      "t99"."i_end",
                                      CAST(COALESCE(
                                        SUM("t99"."_len") OVER (
                                          PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                          ORDER BY "t99"."i_start" ASC
                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                        ),
                                        0
                                      ) AS INT) AS "cum_before"
                                    FROM (
                                      SELECT
                                        "t97"."person_id",
                                        "t97"."benefit",
                                        "t97"."_key",
                                        "t97"."_island",
                                        "t97"."i_start",
                                        "t97"."i_end",
                                        CASE
                                          WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                          THEN 0
                                          ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                        END AS "_len"
                                      FROM (
                                        SELECT
                                          "t96"."person_id",
                                          "t96"."benefit",
                                          "t96"."_key",
                                          "t96"."_island",
                                          MIN("t96"."start_date") AS "i_start",
                                          MAX("t96"."_end") AS "i_end"
                                        FROM (
                                          SELECT
                                            "t93"."person_id",
                                            "t93"."benefit",
                                            "t93"."start_date",
                                            "t93"."_end",
                                            "t93"."_key",
                                            "t93"."_acc",
                                            "t93"."_rid",
                                            "t93"."early_followup_request_date",
                                            "t93"."education_order",
                                            "t93"."_new",
                                            SUM("t93"."_new") OVER (
                                              PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                              ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                            ) AS "_island"
                                          FROM (
                                            SELECT
                                              "t89"."person_id",
                                              "t89"."benefit",
                                              "t89"."start_date",
                                              "t89"."_end",
                                              "t89"."_key",
                                              "t89"."_acc",
                                              "t89"."_rid",
                                              "t89"."early_followup_request_date",
                                              "t89"."education_order",
                                              CASE
                                                WHEN MAX("t89"."_end") OVER (
                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) IS NULL
                                                THEN 1
                                                WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                THEN 1
                                                ELSE 0
                                              END AS "_new"
                                            FROM (
                                              SELECT
                                                *
                                              FROM "t87" AS "t88"
                                              WHERE
                                                "t88"."_acc"
                                            ) AS "t89"
                                          ) AS "t93"
                                        ) AS "t96"
                                        GROUP BY
                                          1,
                                          2,
                                          3,
                                          4
                                      ) AS "t97"
                                    ) AS "t99"
                                  ) AS "t103"
                                ) AS "t105"
                                  ON "t107"."person_id" = "t105"."_ipid"
                                  AND "t107"."benefit" = "t105"."_ibenefit"
                                  AND "t107"."start_date" = "t105"."_istart"
                                  AND "t105"."_cum" < "t107"."_needed"
                                  AND (
                                    (
                                      "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                    )
                                    OR (
                                      (
                                        "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                      ) >= "t107"."_needed"
                                    )
                                  )
                              ) AS "t108"
                            ) AS "t109"
                          ) AS "t110"
                        ) AS "t111"
                      ) AS "t113"
                      LEFT OUTER JOIN (
                        SELECT
                          "t116"."person_id",
                          "t116"."benefit",
                          "t116"."start_date",
                          CAST(SUM(
                            DATE_DIFF(
                              'DAY',
                              GREATEST("t116"."_ex_start", "t116"."_from"),
                              LEAST("t116"."_ex_end", "t116"."_to")
                            ) + 1
                          ) AS INT) AS "exempt_days",
                          BOOL_OR(
                            CAST((
                              "t116"."_ex_start" <= CAST($as_of AS DATE)
                            )
                            AND (
                              "t116"."_ex_end" >= CAST($as_of AS DATE)
                            ) AS BOOLEAN)
                          ) AS "exempt_now",
                          ARRAY_TO_STRING(
                            LIST_SORT(
                              ARRAY_AGG(
                                CASE
                                  WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                  OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                  OR "t116"."_ex_reason" IS NULL
                                  THEN NULL
                                  ELSE CONCAT(
                                    'fritaget ',
                                    CAST("t116"."_ex_start" AS TEXT),
                                    '–',
                                    CAST("t116"."_ex_end" AS TEXT),
                                    ' (',
                                    "t116"."_ex_reason",
                                    ')'
                                  )
                                END
                              ) FILTER(WHERE
                                CASE
                                  WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                  OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                  OR "t116"."_ex_reason" IS NULL
                                  THEN NULL
                                  ELSE CONCAT(
                                    'fritaget ',
                                    CAST("t116"."_ex_start" AS TEXT),
                                    '–',
                                    CAST("t116"."_ex_end" AS TEXT),
                                    ' (',
                                    "t116"."_ex_reason",
                                    ')'
                                  )
                                END IS NOT NULL)
                            ),
                            ', '
                          ) AS "exemption_note"
                        FROM (
                          SELECT
                            "t115"."person_id",
                            "t115"."benefit",
                            "t115"."start_date",
                            "t115"."_from",
                            "t115"."_to",
                            "t11"."_pid",
                            "t11"."_ex_start",
                            "t11"."_ex_end",
                            "t11"."_ex_reason"
                          FROM (
                            SELECT
                              "t112"."person_id",
                              "t112"."benefit",
                              "t112"."start_date",
                              "t112"."window_start" AS "_from",
                              "t112"."due0" AS "_to"
                            FROM (
                              SELECT
                                "t111".*
                                EXCLUDE ("_point")
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
                                  "t110"."required",
                                  "t110"."required_joint",
                                  "t110"."in_force",
                                  "t110"."_end_unconfirmed",
                                  "t110"."_point",
                                  CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t109".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                      "t108"."_plain",
                                      "t108"."_needed",
                                      "t108"."_ipid",
                                      "t108"."_ibenefit",
                                      "t108"."_istart",
                                      "t108"."_i_start",
                                      "t108"."_i_end",
                                      "t108"."_cum",
                                      CASE
                                        WHEN "t108"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t108"."_plain"
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t107"."person_id",
                                        "t107"."benefit",
                                        "t107"."start_date",
                                        "t107"."end_date",
                                        "t107"."first_contact_date",
                                        "t107"."target_group",
                                        "t107"."first_absence_date",
                                        "t107"."sickness_category",
                                        "t107"."employed",
                                        "t107"."handover_date",
                                        "t107"."expected_absence_weeks",
                                        "t107"."work_obligation",
                                        "t107"."municipality",
                                        "t107"."early_followup_request_date",
                                        "t107"."education_order",
                                        "t107"."periods",
                                        "t107"."window_start",
                                        "t107"."required",
                                        "t107"."required_joint",
                                        "t107"."in_force",
                                        "t107"."_end_unconfirmed",
                                        "t107"."_plain",
                                        "t107"."_needed",
                                        "t105"."_ipid",
                                        "t105"."_ibenefit",
                                        "t105"."_istart",
                                        "t105"."_i_start",
                                        "t105"."_i_end",
                                        "t105"."_cum"
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
                                          "t102"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t102"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t102"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t102"."start_date",
                                            CAST(CAST("t102"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t95"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t91"."person_id",
                                                "t91"."benefit",
                                                "t91"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t91"."_end"
                                                END AS "end_date",
                                                "t7"."first_contact_date",
                                                "t7"."target_group",
                                                "t7"."first_absence_date",
                                                "t7"."sickness_category",
                                                "t7"."employed",
                                                "t7"."handover_date",
                                                "t7"."expected_absence_weeks",
                                                "t7"."work_obligation",
                                                "t7"."municipality",
                                                "t91"."early_followup_request_date",
                                                "t91"."education_order",
                                                "t91"."periods"
                                              FROM (
                                                SELECT
                                                  "t88"."person_id",
                                                  "t88"."benefit",
                                                  "t88"."_key",
                                                  MAX("t88"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                  MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t87" AS "t88"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t91"
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
                                              ) AS "t7"
                                                ON "t91"."_first" = "t7"."_frid"
                                            ) AS "t92"
                                            WHERE
                                              "t92"."benefit" IN ('dagpenge')
                                          ) AS "t95"
                                          ANTI JOIN (
                                            SELECT
                                              "t98"."person_id" AS "_k_person_id",
                                              "t98"."benefit" AS "_k_benefit",
                                              "t98"."start_date" AS "_k_start_date"
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
                                                "t95"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t91"."person_id",
                                                    "t91"."benefit",
                                                    "t91"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t91"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t91"."early_followup_request_date",
                                                    "t91"."education_order",
                                                    "t91"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t88"."person_id",
                                                      "t88"."benefit",
                                                      "t88"."_key",
                                                      MAX("t88"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                      MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t87" AS "t88"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t91"
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
                                                  ) AS "t7"
                                                    ON "t91"."_first" = "t7"."_frid"
                                                ) AS "t92"
                                                WHERE
                                                  "t92"."benefit" IN ('dagpenge')
                                              ) AS "t95"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t12"
                                                ON "t95"."person_id" = "t12"."_mpid"
                                                AND "t12"."_mstart" >= "t95"."start_date"
                                                AND (
                                                  (
                                                    "t95"."end_date" IS NULL
                                                  ) OR (
                                                    "t12"."_mstart" <= "t95"."end_date"
                                                  )
                                                )
                                            ) AS "t98"
                                            WHERE
                                              CASE
                                                WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t101"
                                            ON "t95"."person_id" = "t101"."_k_person_id"
                                            AND "t95"."benefit" = "t101"."_k_benefit"
                                            AND "t95"."start_date" = "t101"."_k_start_date"
                                        ) AS "t102"
                                      ) AS "t107"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t103"."person_id" AS "_ipid",
                                          "t103"."benefit" AS "_ibenefit",
                                          "t103"."start_date" AS "_istart",
                                          "t103"."i_start" AS "_i_start",
                                          "t103"."i_end" AS "_i_end",
                                          "t103"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t99"."person_id",
                                            "t99"."benefit",
                                            "t99"."_key" AS "start_date",
                                            "t99"."i_start",
                                            "t99"."i_end",
                                            CAST(COALESCE(
                                              SUM("t99"."_len") OVER (
                                                PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                ORDER BY "t99"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t97"."person_id",
                                              "t97"."benefit",
                                              "t97"."_key",
                                              "t97"."_island",
                                              "t97"."i_start",
                                              "t97"."i_end",
                                              CASE
                                                WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t96"."person_id",
                                                "t96"."benefit",
                                                "t96"."_key",
                                                "t96"."_island",
                                                MIN("t96"."start_date") AS "i_start",
                                                MAX("t96"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t93"."person_id",
                                                  "t93"."benefit",
                                                  "t93"."start_date",
                                                  "t93"."_end",
                                                  "t93"."_key",
                                                  "t93"."_acc",
                                                  "t93"."_rid",
                                                  "t93"."early_followup_request_date",
                                                  "t93"."education_order",
                                                  "t93"."_new",
                                                  SUM("t93"."_new") OVER (
                                                    PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                    ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
                                                FROM (
                                                  SELECT
                                                    "t89"."person_id",
                                                    "t89"."benefit",
                                                    "t89"."start_date",
                                                    "t89"."_end",
                                                    "t89"."_key",
                                                    "t89"."_acc",
                                                    "t89"."_rid",
                                                    "t89"."early_followup_request_date",
                                                    "t89"."education_order",
                                                    CASE
                                                      WHEN MAX("t89"."_end") OVER (
                                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                        ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                        ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t87" AS "t88"
                                                    WHERE
                                                      "t88"."_acc"
                                                  ) AS "t89"
                                                ) AS "t93"
                                              ) AS "t96"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t97"
                                          ) AS "t99"
                                        ) AS "t103"
                                      ) AS "t105"
                                        ON "t107"."person_id" = "t105"."_ipid"
                                        AND "t107"."benefit" = "t105"."_ibenefit"
                                        AND "t107"."start_date" = "t105"."_istart"
                                        AND "t105"."_cum" < "t107"."_needed"
                                        AND (
                                          (
                                            "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                            ) >= "t107"."_needed"
                                          )
                                        )
                                    ) AS "t108"
                                  ) AS "t109"
                                ) AS "t110"
                              ) AS "t111"
                            ) AS "t112"
                          ) AS "t115"
                          INNER JOIN (
                            SELECT
                              "t1"."person_id" AS "_pid",
                              "t1"."start_date" AS "_ex_start",
                              "t1"."end_date" AS "_ex_end",
                              "t1"."reason" AS "_ex_reason"
                            FROM "exemptions" AS "t1"
                            WHERE
                              "t1"."start_date" <= CAST($as_of AS DATE)
                          ) AS "t11"
                            ON "t115"."person_id" = "t11"."_pid"
                            AND "t11"."_ex_start" <= "t115"."_to"
                            AND "t11"."_ex_end" >= "t115"."_from"
                        ) AS "t116"
                        GROUP BY
                          1,
                          2,
                          3
                      ) AS "t118"
                        ON "t113"."person_id" = "t118"."person_id"
                        AND "t113"."benefit" = "t118"."benefit"
                        AND "t113"."start_date" = "t118"."start_date"
                    ) AS "t119"
                  ) AS "t120"
                ) AS "t122"
                LEFT OUTER JOIN (
                  SELECT
                    "t103"."person_id" AS "_ipid",
                    "t103"."benefit" AS "_ibenefit",
                    "t103"."start_date" AS "_istart",
                    "t103"."i_start" AS "_i_start",
                    "t103"."i_end" AS "_i_end",
                    "t103"."cum_before" AS "_cum"
                  FROM (
                    SELECT
                      "t99"."person_id",
                      "t99"."benefit",
                      "t99"."_key" AS "start_date",
                      "t99"."i_start",
                      "t99"."i_end",
                      CAST(COALESCE(
                        SUM("t99"."_len") OVER (
                          PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                          ORDER BY "t99"."i_start" ASC
                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                        ),
                        0
                      ) AS INT) AS "cum_before"
                    FROM (
                      SELECT
                        "t97"."person_id",
                        "t97"."benefit",
                        "t97"."_key",
                        "t97"."_island",
                        "t97"."i_start",
                        "t97"."i_end",
                        CASE
                          WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                          THEN 0
                          ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                        END AS "_len"
                      FROM (
                        SELECT
                          "t96"."person_id",
                          "t96"."benefit",
                          "t96"."_key",
                          "t96"."_island",
                          MIN("t96"."start_date") AS "i_start",
                          MAX("t96"."_end") AS "i_end"
                        FROM (
                          SELECT
                            "t93"."person_id",
                            "t93"."benefit",
                            "t93"."start_date",
                            "t93"."_end",
                            "t93"."_key",
                            "t93"."_acc",
                            "t93"."_rid",
                            "t93"."early_followup_request_date",
                            "t93"."education_order",
                            "t93"."_new",
                            SUM("t93"."_new") OVER (
                              PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                              ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                            ) AS "_island"
                          FROM (
                            SELECT
                              "t89"."person_id",
                              "t89"."benefit",
                              "t89"."start_date",
                              "t89"."_end",
                              "t89"."_key",
                              "t89"."_acc",
                              "t89"."_rid",
                              "t89"."early_followup_request_date",
                              "t89"."education_order",
                              CASE
                                WHEN MAX("t89"."_end") OVER (
                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) IS NULL
                                THEN 1
                                WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                THEN 1
                                ELSE 0
                              END AS "_new"
                            FROM (
                              SELECT
                                *
                              FROM "t87" AS "t88"
                              WHERE
                                "t88"."_acc"
                            ) AS "t89"
                          ) AS "t93"
                        ) AS "t96"
                        GROUP BY
                          1,
                          2,
                          3,
                          4
                      ) AS "t97"
                    ) AS "t99"
                  ) AS "t103"
                ) AS "t105"
                  ON "t122"."person_id" = "t105"."_ipid"
                  AND "t122"."benefit" = "t105"."_ibenefit"
                  AND "t122"."start_date" = "t105"."_istart"
                  AND "t105"."_cum" < "t122"."_needed"
                  AND (
                    (
                      "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                    )
                    OR (
                      (
                        "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                      ) >= "t122"."_needed"
                    )
                  )
              ) AS "t123"
            ) AS "t124"
          ) AS "t126"
          LEFT OUTER JOIN (
            SELECT
              "t146"."person_id",
              "t146"."benefit",
              "t146"."start_date",
              CASE
                WHEN "t146"."_held" >= "t146"."_n"
                THEN CAST(SUBSTRING(
                  LIST_EXTRACT(
                    "t146"."_events",
                    (
                      "t146"."_n" - 1
                    ) + CAST((
                      "t146"."_n" - 1
                    ) >= 0 AS BIGINT)
                  ),
                  CASE
                    WHEN (
                      0 + 1
                    ) >= 1
                    THEN 0 + 1
                    ELSE 0 + 1 + LENGTH(
                      LIST_EXTRACT(
                        "t146"."_events",
                        (
                          "t146"."_n" - 1
                        ) + CAST((
                          "t146"."_n" - 1
                        ) >= 0 AS BIGINT)
                      )
                    )
                  END,
                  10
                ) AS DATE)
                ELSE CAST(NULL AS DATE)
              END AS "nth_date",
              LEAST("t146"."_held", "t146"."_n") AS "counted",
              LEAST("t146"."_by_due", "t146"."_n") AS "in_window",
              REGEXP_REPLACE(
                ARRAY_TO_STRING(
                  LIST_SLICE(
                    "t146"."_events",
                    1,
                    CASE WHEN "t146"."_n" < 0 THEN "t146"."_n" - 1 ELSE "t146"."_n" END
                  ),
                  ', '
                ),
                '\d{4}-\d{2}-\d{2}\|',
                '',
                'g'
              ) AS "listed"
            FROM (
              SELECT
                "t144"."person_id",
                "t144"."benefit",
                "t144"."start_date",
                LIST_SORT(
                  ARRAY_AGG(
                    CASE
                      WHEN CAST("t144"."date" AS TEXT) IS NULL OR "t144"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t144"."date" AS TEXT), '|', "t144"."description")
                    END
                  ) FILTER(WHERE
                    CASE
                      WHEN CAST("t144"."date" AS TEXT) IS NULL OR "t144"."description" IS NULL
                      THEN NULL
                      ELSE CONCAT(CAST("t144"."date" AS TEXT), '|', "t144"."description")
                    END IS NOT NULL)
                ) AS "_events",
                COUNT(*) AS "_held",
                SUM(CAST("t144"."date" <= "t144"."_due" AS INT)) AS "_by_due",
                CAST(MAX("t144"."_n") AS INT) AS "_n"
              FROM (
                SELECT
                  *
                FROM (
                  SELECT
                    "t140"."person_id",
                    "t140"."benefit",
                    "t140"."start_date",
                    "t140"."date",
                    "t140"."description",
                    "t130"."_n",
                    "t130"."_due"
                  FROM (
                    SELECT
                      "t136"."person_id",
                      "t136"."benefit",
                      "t136"."start_date",
                      "t136"."date",
                      CASE
                        WHEN "t136"."kind" IS NULL
                        OR CAST("t136"."date" AS TEXT) IS NULL
                        OR "t136"."form" IS NULL
                        OR "t136"."held_by" IS NULL
                        THEN NULL
                        ELSE CONCAT(
                          "t136"."kind",
                          ' ',
                          CAST("t136"."date" AS TEXT),
                          ' (',
                          "t136"."form",
                          ', ',
                          "t136"."held_by",
                          ')'
                        )
                      END AS "description"
                    FROM (
                      SELECT
                        "t134"."person_id",
                        "t134"."benefit",
                        "t134"."start_date",
                        "t134"."window_start",
                        "t134"."_first",
                        "t134"."_last",
                        "t10"."person_id" AS "person_id_right",
                        "t10"."date",
                        "t10"."kind",
                        "t10"."form",
                        "t10"."held_by",
                        "t10"."status",
                        "t10"."individual",
                        "t10"."caseworker_id",
                        "t10"."purpose"
                      FROM (
                        SELECT
                          "t125"."person_id",
                          "t125"."benefit",
                          "t125"."start_date",
                          "t125"."window_start",
                          "t125"."_count_from" AS "_first",
                          COALESCE("t125"."end_date", CAST($as_of AS DATE)) AS "_last"
                        FROM (
                          SELECT
                            "t124".*
                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                          FROM (
                            SELECT
                              "t123"."person_id",
                              "t123"."benefit",
                              "t123"."start_date",
                              "t123"."end_date",
                              "t123"."first_contact_date",
                              "t123"."target_group",
                              "t123"."first_absence_date",
                              "t123"."sickness_category",
                              "t123"."employed",
                              "t123"."handover_date",
                              "t123"."expected_absence_weeks",
                              "t123"."work_obligation",
                              "t123"."municipality",
                              "t123"."early_followup_request_date",
                              "t123"."education_order",
                              "t123"."periods",
                              "t123"."window_start",
                              "t123"."required",
                              "t123"."required_joint",
                              "t123"."in_force",
                              "t123"."_end_unconfirmed",
                              "t123"."due0",
                              "t123"."exempt_days",
                              "t123"."exempt_now",
                              "t123"."exemption_note",
                              "t123"."due_date",
                              "t123"."_plain",
                              "t123"."_needed",
                              "t123"."_ipid",
                              "t123"."_ibenefit",
                              "t123"."_istart",
                              "t123"."_i_start",
                              "t123"."_i_end",
                              "t123"."_cum",
                              CASE
                                WHEN "t123"."_i_start" IS NOT NULL
                                THEN CAST(CAST("t123"."_i_start" + TO_DAYS(CAST("t123"."_needed" - "t123"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                ELSE "t123"."_plain"
                              END AS "_count_from"
                            FROM (
                              SELECT
                                "t122"."person_id",
                                "t122"."benefit",
                                "t122"."start_date",
                                "t122"."end_date",
                                "t122"."first_contact_date",
                                "t122"."target_group",
                                "t122"."first_absence_date",
                                "t122"."sickness_category",
                                "t122"."employed",
                                "t122"."handover_date",
                                "t122"."expected_absence_weeks",
                                "t122"."work_obligation",
                                "t122"."municipality",
                                "t122"."early_followup_request_date",
                                "t122"."education_order",
                                "t122"."periods",
                                "t122"."window_start",
                                "t122"."required",
                                "t122"."required_joint",
                                "t122"."in_force",
                                "t122"."_end_unconfirmed",
                                "t122"."due0",
                                "t122"."exempt_days",
                                "t122"."exempt_now",
                                "t122"."exemption_note",
                                "t122"."due_date",
                                "t122"."_plain",
                                "t122"."_needed",
                                "t105"."_ipid",
                                "t105"."_ibenefit",
                                "t105"."_istart",
                                "t105"."_i_start",
                                "t105"."_i_end",
                                "t105"."_cum"
                              FROM (
                                SELECT
                                  "t120"."person_id",
                                  "t120"."benefit",
                                  "t120"."start_date",
                                  "t120"."end_date",
                                  "t120"."first_contact_date",
                                  "t120"."target_group",
                                  "t120"."first_absence_date",
                                  "t120"."sickness_category",
                                  "t120"."employed",
                                  "t120"."handover_date",
                                  "t120"."expected_absence_weeks",
                                  "t120"."work_obligation",
                                  "t120"."municipality",
                                  "t120"."early_followup_request_date",
                                  "t120"."education_order",
                                  "t120"."periods",
                                  "t120"."window_start",
                                  "t120"."required",
                                  "t120"."required_joint",
                                  "t120"."in_force",
                                  "t120"."_end_unconfirmed",
                                  "t120"."due0",
                                  COALESCE("t120"."exempt_days", 0) AS "exempt_days",
                                  COALESCE("t120"."exempt_now", FALSE) AS "exempt_now",
                                  COALESCE("t120"."exemption_note", '') AS "exemption_note",
                                  CAST(CAST("t120"."due0" + TO_DAYS(
                                    CASE
                                      WHEN COALESCE(
                                        CASE
                                          WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN TRUE
                                          ELSE CAST(NULL AS BOOLEAN)
                                        END,
                                        FALSE
                                      )
                                      THEN COALESCE("t120"."exempt_days", 0)
                                      ELSE 0
                                    END
                                  ) AS TIMESTAMP) AS DATE) AS "due_date",
                                  CAST(CAST("t120"."window_start" + TO_MONTHS(
                                    COALESCE(
                                      CASE
                                        WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                        THEN 3
                                        WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                        THEN 0
                                        ELSE CAST(NULL AS BIGINT)
                                      END,
                                      0
                                    )
                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                  DATE_DIFF(
                                    'DAY',
                                    "t120"."window_start",
                                    CAST(CAST("t120"."window_start" + TO_MONTHS(
                                      COALESCE(
                                        CASE
                                          WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                          THEN 3
                                          WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                          THEN 0
                                          ELSE CAST(NULL AS BIGINT)
                                        END,
                                        0
                                      )
                                    ) AS TIMESTAMP) AS DATE)
                                  ) AS "_needed"
                                FROM (
                                  SELECT
                                    "t119".*
                                    EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                                  FROM (
                                    SELECT
                                      "t113"."person_id",
                                      "t113"."benefit",
                                      "t113"."start_date",
                                      "t113"."end_date",
                                      "t113"."first_contact_date",
                                      "t113"."target_group",
                                      "t113"."first_absence_date",
                                      "t113"."sickness_category",
                                      "t113"."employed",
                                      "t113"."handover_date",
                                      "t113"."expected_absence_weeks",
                                      "t113"."work_obligation",
                                      "t113"."municipality",
                                      "t113"."early_followup_request_date",
                                      "t113"."education_order",
                                      "t113"."periods",
                                      "t113"."window_start",
                                      "t113"."required",
                                      "t113"."required_joint",
                                      "t113"."in_force",
                                      "t113"."_end_unconfirmed",
                                      "t113"."due0",
                                      "t118"."person_id" AS "person_id_right",
                                      "t118"."benefit" AS "benefit_right",
                                      "t118"."start_date" AS "start_date_right",
                                      "t118"."exempt_days",
                                      "t118"."exempt_now",
                                      "t118"."exemption_note"
                                    FROM (
                                      SELECT
                                        "t111".*
                                        EXCLUDE ("_point")
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
                                          "t110"."required",
                                          "t110"."required_joint",
                                          "t110"."in_force",
                                          "t110"."_end_unconfirmed",
                                          "t110"."_point",
                                          CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                        FROM (
                                          SELECT
                                            "t109".*
                                            EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                              "t108"."_plain",
                                              "t108"."_needed",
                                              "t108"."_ipid",
                                              "t108"."_ibenefit",
                                              "t108"."_istart",
                                              "t108"."_i_start",
                                              "t108"."_i_end",
                                              "t108"."_cum",
                                              CASE
                                                WHEN "t108"."_i_start" IS NOT NULL
                                                THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                ELSE "t108"."_plain"
                                              END AS "_point"
                                            FROM (
                                              SELECT
                                                "t107"."person_id",
                                                "t107"."benefit",
                                                "t107"."start_date",
                                                "t107"."end_date",
                                                "t107"."first_contact_date",
                                                "t107"."target_group",
                                                "t107"."first_absence_date",
                                                "t107"."sickness_category",
                                                "t107"."employed",
                                                "t107"."handover_date",
                                                "t107"."expected_absence_weeks",
                                                "t107"."work_obligation",
                                                "t107"."municipality",
                                                "t107"."early_followup_request_date",
                                                "t107"."education_order",
                                                "t107"."periods",
                                                "t107"."window_start",
                                                "t107"."required",
                                                "t107"."required_joint",
                                                "t107"."in_force",
                                                "t107"."_end_unconfirmed",
                                                "t107"."_plain",
                                                "t107"."_needed",
                                                "t105"."_ipid",
                                                "t105"."_ibenefit",
                                                "t105"."_istart",
                                                "t105"."_i_start",
                                                "t105"."_i_end",
                                                "t105"."_cum"
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
                                                  "t102"."start_date" AS "window_start",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) + COALESCE(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required",
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 0
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 0
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  ) AS "required_joint",
                                                  (
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  )
                                                  AND (
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                  ) AS "in_force",
                                                  COALESCE(
                                                    (
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NULL
                                                    )
                                                    AND COALESCE(
                                                      ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        "t102"."benefit"
                                                      )
                                                      OR ARRAY_CONTAINS(
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                        CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                      ),
                                                      FALSE
                                                    ),
                                                    FALSE
                                                  ) AS "_end_unconfirmed",
                                                  CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                  DATE_DIFF(
                                                    'DAY',
                                                    "t102"."start_date",
                                                    CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE)
                                                  ) AS "_needed"
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
                                                    "t95"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t91"."person_id",
                                                        "t91"."benefit",
                                                        "t91"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t91"."_end"
                                                        END AS "end_date",
                                                        "t7"."first_contact_date",
                                                        "t7"."target_group",
                                                        "t7"."first_absence_date",
                                                        "t7"."sickness_category",
                                                        "t7"."employed",
                                                        "t7"."handover_date",
                                                        "t7"."expected_absence_weeks",
                                                        "t7"."work_obligation",
                                                        "t7"."municipality",
                                                        "t91"."early_followup_request_date",
                                                        "t91"."education_order",
                                                        "t91"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t88"."person_id",
                                                          "t88"."benefit",
                                                          "t88"."_key",
                                                          MAX("t88"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                          MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t87" AS "t88"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t91"
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
                                                      ) AS "t7"
                                                        ON "t91"."_first" = "t7"."_frid"
                                                    ) AS "t92"
                                                    WHERE
                                                      "t92"."benefit" IN ('dagpenge')
                                                  ) AS "t95"
                                                  ANTI JOIN (
                                                    SELECT
                                                      "t98"."person_id" AS "_k_person_id",
                                                      "t98"."benefit" AS "_k_benefit",
                                                      "t98"."start_date" AS "_k_start_date"
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
                                                        "t95"."periods"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM (
                                                          SELECT
                                                            "t91"."person_id",
                                                            "t91"."benefit",
                                                            "t91"."_key" AS "start_date",
                                                            CASE
                                                              WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN CAST(NULL AS DATE)
                                                              ELSE "t91"."_end"
                                                            END AS "end_date",
                                                            "t7"."first_contact_date",
                                                            "t7"."target_group",
                                                            "t7"."first_absence_date",
                                                            "t7"."sickness_category",
                                                            "t7"."employed",
                                                            "t7"."handover_date",
                                                            "t7"."expected_absence_weeks",
                                                            "t7"."work_obligation",
                                                            "t7"."municipality",
                                                            "t91"."early_followup_request_date",
                                                            "t91"."education_order",
                                                            "t91"."periods"
                                                          FROM (
                                                            SELECT
                                                              "t88"."person_id",
                                                              "t88"."benefit",
                                                              "t88"."_key",
                                                              MAX("t88"."_end") AS "_end",
                                                              COUNT(*) AS "periods",
                                                              FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                              MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                              BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                            FROM "t87" AS "t88"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3
                                                          ) AS "t91"
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
                                                          ) AS "t7"
                                                            ON "t91"."_first" = "t7"."_frid"
                                                        ) AS "t92"
                                                        WHERE
                                                          "t92"."benefit" IN ('dagpenge')
                                                      ) AS "t95"
                                                      SEMI JOIN (
                                                        SELECT
                                                          "t2"."person_id" AS "_mpid",
                                                          "t2"."start_date" AS "_mstart"
                                                        FROM "benefit_periods" AS "t2"
                                                        WHERE
                                                          "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                      ) AS "t12"
                                                        ON "t95"."person_id" = "t12"."_mpid"
                                                        AND "t12"."_mstart" >= "t95"."start_date"
                                                        AND (
                                                          (
                                                            "t95"."end_date" IS NULL
                                                          ) OR (
                                                            "t12"."_mstart" <= "t95"."end_date"
                                                          )
                                                        )
                                                    ) AS "t98"
                                                    WHERE
                                                      CASE
                                                        WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 6
                                                        WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                  ) AS "t101"
                                                    ON "t95"."person_id" = "t101"."_k_person_id"
                                                    AND "t95"."benefit" = "t101"."_k_benefit"
                                                    AND "t95"."start_date" = "t101"."_k_start_date"
                                                ) AS "t102"
                                              ) AS "t107"
                                              LEFT OUTER JOIN (
                                                SELECT
                                                  "t103"."person_id" AS "_ipid",
                                                  "t103"."benefit" AS "_ibenefit",
                                                  "t103"."start_date" AS "_istart",
                                                  "t103"."i_start" AS "_i_start",
                                                  "t103"."i_end" AS "_i_end",
                                                  "t103"."cum_before" AS "_cum"
                                                FROM (
                                                  SELECT
                                                    "t99"."person_id",
                                                    "t99"."benefit",
                                                    "t99"."_key" AS "start_date",
                                                    "t99"."i_start",
                                                    "t99"."i_end",
                                                    CAST(COALESCE(
                                                      SUM("t99"."_len") OVER (
                                                        PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                        ORDER BY "t99"."i_start" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ),
                                                      0
                                                    ) AS INT) AS "cum_before"
                                                  FROM (
                                                    SELECT
                                                      "t97"."person_id",
                                                      "t97"."benefit",
                                                      "t97"."_key",
                                                      "t97"."_island",
                                                      "t97"."i_start",
                                                      "t97"."i_end",
                                                      CASE
                                                        WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN 0
                                                        ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                      END AS "_len"
                                                    FROM (
                                                      SELECT
                                                        "t96"."person_id",
                                                        "t96"."benefit",
                                                        "t96"."_key",
                                                        "t96"."_island",
                                                        MIN("t96"."start_date") AS "i_start",
                                                        MAX("t96"."_end") AS "i_end"
                                                      FROM (
                                                        SELECT
                                                          "t93"."person_id",
                                                          "t93"."benefit",
                                                          "t93"."start_date",
                                                          "t93"."_end",
                                                          "t93"."_key",
                                                          "t93"."_acc",
                                                          "t93"."_rid",
                                                          "t93"."early_followup_request_date",
                                                          "t93"."education_order",
                                                          "t93"."_new",
                                                          SUM("t93"."_new") OVER (
                                                            PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                            ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                          ) AS "_island"
                                                        FROM (
                                                          SELECT
                                                            "t89"."person_id",
                                                            "t89"."benefit",
                                                            "t89"."start_date",
                                                            "t89"."_end",
                                                            "t89"."_key",
                                                            "t89"."_acc",
                                                            "t89"."_rid",
                                                            "t89"."early_followup_request_date",
                                                            "t89"."education_order",
                                                            CASE
                                                              WHEN MAX("t89"."_end") OVER (
                                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) IS NULL
                                                              THEN 1
                                                              WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                              THEN 1
                                                              ELSE 0
                                                            END AS "_new"
                                                          FROM (
                                                            SELECT
                                                              *
                                                            FROM "t87" AS "t88"
                                                            WHERE
                                                              "t88"."_acc"
                                                          ) AS "t89"
                                                        ) AS "t93"
                                                      ) AS "t96"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3,
                                                        4
                                                    ) AS "t97"
                                                  ) AS "t99"
                                                ) AS "t103"
                                              ) AS "t105"
                                                ON "t107"."person_id" = "t105"."_ipid"
                                                AND "t107"."benefit" = "t105"."_ibenefit"
                                                AND "t107"."start_date" = "t105"."_istart"
                                                AND "t105"."_cum" < "t107"."_needed"
                                                AND (
                                                  (
                                                    "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                  )
                                                  OR (
                                                    (
                                                      "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                    ) >= "t107"."_needed"
                                                  )
                                                )
                                            ) AS "t108"
                                          ) AS "t109"
                                        ) AS "t110"
                                      ) AS "t111"
                                    ) AS "t113"
                                    LEFT OUTER JOIN (
                                      SELECT
                                        "t116"."person_id",
                                        "t116"."benefit",
                                        "t116"."start_date",
                                        CAST(SUM(
                                          DATE_DIFF(
                                            'DAY',
                                            GREATEST("t116"."_ex_start", "t116"."_from"),
                                            LEAST("t116"."_ex_end", "t116"."_to")
                                          ) + 1
                                        ) AS INT) AS "exempt_days",
                                        BOOL_OR(
                                          CAST((
                                            "t116"."_ex_start" <= CAST($as_of AS DATE)
                                          )
                                          AND (
                                            "t116"."_ex_end" >= CAST($as_of AS DATE)
                                          ) AS BOOLEAN)
                                        ) AS "exempt_now",
                                        ARRAY_TO_STRING(
                                          LIST_SORT(
                                            ARRAY_AGG(
                                              CASE
                                                WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                                OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                                OR "t116"."_ex_reason" IS NULL
                                                THEN NULL
                                                ELSE CONCAT(
                                                  'fritaget ',
                                                  CAST("t116"."_ex_start" AS TEXT),
                                                  '–',
                                                  CAST("t116"."_ex_end" AS TEXT),
                                                  ' (',
                                                  "t116"."_ex_reason",
                                                  ')'
                                                )
                                              END
                                            ) FILTER(WHERE
                                              CASE
                                                WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                                OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                                OR "t116"."_ex_reason" IS NULL
                                                THEN NULL
                                                ELSE CONCAT(
                                                  'fritaget ',
                                                  CAST("t116"."_ex_start" AS TEXT),
                                                  '–',
                                                  CAST("t116"."_ex_end" AS TEXT),
                                                  ' (',
                                                  "t116"."_ex_reason",
                                                  ')'
                                                )
                                              END IS NOT NULL)
                                          ),
                                          ', '
                                        ) AS "exemption_note"
                                      FROM (
                                        SELECT
                                          "t115"."person_id",
                                          "t115"."benefit",
                                          "t115"."start_date",
                                          "t115"."_from",
                                          "t115"."_to",
                                          "t11"."_pid",
                                          "t11"."_ex_start",
                                          "t11"."_ex_end",
                                          "t11"."_ex_reason"
                                        FROM (
                                          SELECT
                                            "t112"."person_id",
                                            "t112"."benefit",
                                            "t112"."start_date",
                                            "t112"."window_start" AS "_from",
                                            "t112"."due0" AS "_to"
                                          FROM (
                                            SELECT
                                              "t111".*
                                              EXCLUDE ("_point")
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
                                                "t110"."required",
                                                "t110"."required_joint",
                                                "t110"."in_force",
                                                "t110"."_end_unconfirmed",
                                                "t110"."_point",
                                                CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                              FROM (
                                                SELECT
                                                  "t109".*
                                                  EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                                    "t108"."_plain",
                                                    "t108"."_needed",
                                                    "t108"."_ipid",
                                                    "t108"."_ibenefit",
                                                    "t108"."_istart",
                                                    "t108"."_i_start",
                                                    "t108"."_i_end",
                                                    "t108"."_cum",
                                                    CASE
                                                      WHEN "t108"."_i_start" IS NOT NULL
                                                      THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                      ELSE "t108"."_plain"
                                                    END AS "_point"
                                                  FROM (
                                                    SELECT
                                                      "t107"."person_id",
                                                      "t107"."benefit",
                                                      "t107"."start_date",
                                                      "t107"."end_date",
                                                      "t107"."first_contact_date",
                                                      "t107"."target_group",
                                                      "t107"."first_absence_date",
                                                      "t107"."sickness_category",
                                                      "t107"."employed",
                                                      "t107"."handover_date",
                                                      "t107"."expected_absence_weeks",
                                                      "t107"."work_obligation",
                                                      "t107"."municipality",
                                                      "t107"."early_followup_request_date",
                                                      "t107"."education_order",
                                                      "t107"."periods",
                                                      "t107"."window_start",
                                                      "t107"."required",
                                                      "t107"."required_joint",
                                                      "t107"."in_force",
                                                      "t107"."_end_unconfirmed",
                                                      "t107"."_plain",
                                                      "t107"."_needed",
                                                      "t105"."_ipid",
                                                      "t105"."_ibenefit",
                                                      "t105"."_istart",
                                                      "t105"."_i_start",
                                                      "t105"."_i_end",
                                                      "t105"."_cum"
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
                                                        "t102"."start_date" AS "window_start",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) + COALESCE(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required",
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 0
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 0
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        ) AS "required_joint",
                                                        (
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                            THEN CAST(NULL AS BIGINT)
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                            THEN 3
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 4
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        )
                                                        AND (
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END IS NOT NULL
                                                        ) AS "in_force",
                                                        COALESCE(
                                                          (
                                                            CASE
                                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 3
                                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 4
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NULL
                                                          )
                                                          AND COALESCE(
                                                            ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              "t102"."benefit"
                                                            )
                                                            OR ARRAY_CONTAINS(
                                                              CASE
                                                                WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                              CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                            ),
                                                            FALSE
                                                          ),
                                                          FALSE
                                                        ) AS "_end_unconfirmed",
                                                        CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                          COALESCE(
                                                            CASE
                                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN 6
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END,
                                                            0
                                                          )
                                                        ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                        DATE_DIFF(
                                                          'DAY',
                                                          "t102"."start_date",
                                                          CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                            COALESCE(
                                                              CASE
                                                                WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                                THEN 6
                                                                ELSE CAST(NULL AS BIGINT)
                                                              END,
                                                              0
                                                            )
                                                          ) AS TIMESTAMP) AS DATE)
                                                        ) AS "_needed"
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
                                                          "t95"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t91"."person_id",
                                                              "t91"."benefit",
                                                              "t91"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t91"."_end"
                                                              END AS "end_date",
                                                              "t7"."first_contact_date",
                                                              "t7"."target_group",
                                                              "t7"."first_absence_date",
                                                              "t7"."sickness_category",
                                                              "t7"."employed",
                                                              "t7"."handover_date",
                                                              "t7"."expected_absence_weeks",
                                                              "t7"."work_obligation",
                                                              "t7"."municipality",
                                                              "t91"."early_followup_request_date",
                                                              "t91"."education_order",
                                                              "t91"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t88"."person_id",
                                                                "t88"."benefit",
                                                                "t88"."_key",
                                                                MAX("t88"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                                MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t87" AS "t88"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t91"
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
                                                            ) AS "t7"
                                                              ON "t91"."_first" = "t7"."_frid"
                                                          ) AS "t92"
                                                          WHERE
                                                            "t92"."benefit" IN ('dagpenge')
                                                        ) AS "t95"
                                                        ANTI JOIN (
                                                          SELECT
                                                            "t98"."person_id" AS "_k_person_id",
                                                            "t98"."benefit" AS "_k_benefit",
                                                            "t98"."start_date" AS "_k_start_date"
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
                                                              "t95"."periods"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM (
                                                                SELECT
                                                                  "t91"."person_id",
                                                                  "t91"."benefit",
                                                                  "t91"."_key" AS "start_date",
                                                                  CASE
                                                                    WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                                    THEN CAST(NULL AS DATE)
                                                                    ELSE "t91"."_end"
                                                                  END AS "end_date",
                                                                  "t7"."first_contact_date",
                                                                  "t7"."target_group",
                                                                  "t7"."first_absence_date",
                                                                  "t7"."sickness_category",
                                                                  "t7"."employed",
                                                                  "t7"."handover_date",
                                                                  "t7"."expected_absence_weeks",
                                                                  "t7"."work_obligation",
                                                                  "t7"."municipality",
                                                                  "t91"."early_followup_request_date",
                                                                  "t91"."education_order",
                                                                  "t91"."periods"
                                                                FROM (
                                                                  SELECT
                                                                    "t88"."person_id",
                                                                    "t88"."benefit",
                                                                    "t88"."_key",
                                                                    MAX("t88"."_end") AS "_end",
                                                                    COUNT(*) AS "periods",
                                                                    FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                                    MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                                    BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                                  FROM "t87" AS "t88"
                                                                  GROUP BY
                                                                    1,
                                                                    2,
                                                                    3
                                                                ) AS "t91"
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
                                                                ) AS "t7"
                                                                  ON "t91"."_first" = "t7"."_frid"
                                                              ) AS "t92"
                                                              WHERE
                                                                "t92"."benefit" IN ('dagpenge')
                                                            ) AS "t95"
                                                            SEMI JOIN (
                                                              SELECT
                                                                "t2"."person_id" AS "_mpid",
                                                                "t2"."start_date" AS "_mstart"
                                                              FROM "benefit_periods" AS "t2"
                                                              WHERE
                                                                "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                            ) AS "t12"
                                                              ON "t95"."person_id" = "t12"."_mpid"
                                                              AND "t12"."_mstart" >= "t95"."start_date"
                                                              AND (
                                                                (
                                                                  "t95"."end_date" IS NULL
                                                                ) OR (
                                                                  "t12"."_mstart" <= "t95"."end_date"
                                                                )
                                                              )
                                                          ) AS "t98"
                                                          WHERE
                                                            CASE
                                                              WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                              THEN 6
                                                              WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                              THEN CAST(NULL AS BIGINT)
                                                              ELSE CAST(NULL AS BIGINT)
                                                            END IS NOT NULL
                                                        ) AS "t101"
                                                          ON "t95"."person_id" = "t101"."_k_person_id"
                                                          AND "t95"."benefit" = "t101"."_k_benefit"
                                                          AND "t95"."start_date" = "t101"."_k_start_date"
                                                      ) AS "t102"
                                                    ) AS "t107"
                                                    LEFT OUTER JOIN (
                                                      SELECT
                                                        "t103"."person_id" AS "_ipid",
                                                        "t103"."benefit" AS "_ibenefit",
                                                        "t103"."start_date" AS "_istart",
                                                        "t103"."i_start" AS "_i_start",
                                                        "t103"."i_end" AS "_i_end",
                                                        "t103"."cum_before" AS "_cum"
                                                      FROM (
                                                        SELECT
                                                          "t99"."person_id",
                                                          "t99"."benefit",
                                                          "t99"."_key" AS "start_date",
                                                          "t99"."i_start",
                                                          "t99"."i_end",
                                                          CAST(COALESCE(
                                                            SUM("t99"."_len") OVER (
                                                              PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                              ORDER BY "t99"."i_start" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ),
                                                            0
                                                          ) AS INT) AS "cum_before"
                                                        FROM (
                                                          SELECT
                                                            "t97"."person_id",
                                                            "t97"."benefit",
                                                            "t97"."_key",
                                                            "t97"."_island",
                                                            "t97"."i_start",
                                                            "t97"."i_end",
                                                            CASE
                                                              WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                              THEN 0
                                                              ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                            END AS "_len"
                                                          FROM (
                                                            SELECT
                                                              "t96"."person_id",
                                                              "t96"."benefit",
                                                              "t96"."_key",
                                                              "t96"."_island",
                                                              MIN("t96"."start_date") AS "i_start",
                                                              MAX("t96"."_end") AS "i_end"
                                                            FROM (
                                                              SELECT
                                                                "t93"."person_id",
                                                                "t93"."benefit",
                                                                "t93"."start_date",
                                                                "t93"."_end",
                                                                "t93"."_key",
                                                                "t93"."_acc",
                                                                "t93"."_rid",
                                                                "t93"."early_followup_request_date",
                                                                "t93"."education_order",
                                                                "t93"."_new",
                                                                SUM("t93"."_new") OVER (
                                                                  PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                                  ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                                ) AS "_island"
                                                              FROM (
                                                                SELECT
                                                                  "t89"."person_id",
                                                                  "t89"."benefit",
                                                                  "t89"."start_date",
                                                                  "t89"."_end",
                                                                  "t89"."_key",
                                                                  "t89"."_acc",
                                                                  "t89"."_rid",
                                                                  "t89"."early_followup_request_date",
                                                                  "t89"."education_order",
                                                                  CASE
                                                                    WHEN MAX("t89"."_end") OVER (
                                                                      PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                      ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) IS NULL
                                                                    THEN 1
                                                                    WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                                      PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                      ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                    ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                    THEN 1
                                                                    ELSE 0
                                                                  END AS "_new"
                                                                FROM (
                                                                  SELECT
                                                                    *
                                                                  FROM "t87" AS "t88"
                                                                  WHERE
                                                                    "t88"."_acc"
                                                                ) AS "t89"
                                                              ) AS "t93"
                                                            ) AS "t96"
                                                            GROUP BY
                                                              1,
                                                              2,
                                                              3,
                                                              4
                                                          ) AS "t97"
                                                        ) AS "t99"
                                                      ) AS "t103"
                                                    ) AS "t105"
                                                      ON "t107"."person_id" = "t105"."_ipid"
                                                      AND "t107"."benefit" = "t105"."_ibenefit"
                                                      AND "t107"."start_date" = "t105"."_istart"
                                                      AND "t105"."_cum" < "t107"."_needed"
                                                      AND (
                                                        (
                                                          "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                        )
                                                        OR (
                                                          (
                                                            "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                          ) >= "t107"."_needed"
                                                        )
                                                      )
                                                  ) AS "t108"
                                                ) AS "t109"
                                              ) AS "t110"
                                            ) AS "t111"
                                          ) AS "t112"
                                        ) AS "t115"
                                        INNER JOIN (
                                          SELECT
                                            "t1"."person_id" AS "_pid",
                                            "t1"."start_date" AS "_ex_start",
                                            "t1"."end_date" AS "_ex_end",
                                            "t1"."reason" AS "_ex_reason"
                                          FROM "exemptions" AS "t1"
                                          WHERE
                                            "t1"."start_date" <= CAST($as_of AS DATE)
                                        ) AS "t11"
                                          ON "t115"."person_id" = "t11"."_pid"
                                          AND "t11"."_ex_start" <= "t115"."_to"
                                          AND "t11"."_ex_end" >= "t115"."_from"
                                      ) AS "t116"
                                      GROUP BY
                                        1,
                                        2,
                                        3
                                    ) AS "t118"
                                      ON "t113"."person_id" = "t118"."person_id"
                                      AND "t113"."benefit" = "t118"."benefit"
                                      AND "t113"."start_date" = "t118"."start_date"
                                  ) AS "t119"
                                ) AS "t120"
                              ) AS "t122"
                              LEFT OUTER JOIN (
                                SELECT
                                  "t103"."person_id" AS "_ipid",
                                  "t103"."benefit" AS "_ibenefit",
                                  "t103"."start_date" AS "_istart",
                                  "t103"."i_start" AS "_i_start",
                                  "t103"."i_end" AS "_i_end",
                                  "t103"."cum_before" AS "_cum"
                                FROM (
                                  SELECT
                                    "t99"."person_id",
                                    "t99"."benefit",
                                    "t99"."_key" AS "start_date",
                                    "t99"."i_start",
                                    "t99"."i_end",
                                    CAST(COALESCE(
                                      SUM("t99"."_len") OVER (
                                        PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                        ORDER BY "t99"."i_start" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ),
                                      0
                                    ) AS INT) AS "cum_before"
                                  FROM (
                                    SELECT
                                      "t97"."person_id",
                                      "t97"."benefit",
                                      "t97"."_key",
                                      "t97"."_island",
                                      "t97"."i_start",
                                      "t97"."i_end",
                                      CASE
                                        WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                        THEN 0
                                        ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                      END AS "_len"
                                    FROM (
                                      SELECT
                                        "t96"."person_id",
                                        "t96"."benefit",
                                        "t96"."_key",
                                        "t96"."_island",
                                        MIN("t96"."start_date") AS "i_start",
                                        MAX("t96"."_end") AS "i_end"
                                      FROM (
                                        SELECT
                                          "t93"."person_id",
                                          "t93"."benefit",
                                          "t93"."start_date",
                                          "t93"."_end",
                                          "t93"."_key",
                                          "t93"."_acc",
                                          "t93"."_rid",
                                          "t93"."early_followup_request_date",
                                          "t93"."education_order",
                                          "t93"."_new",
                                          SUM("t93"."_new") OVER (
                                            PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                            ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                          ) AS "_island"
                                        FROM (
                                          SELECT
                                            "t89"."person_id",
                                            "t89"."benefit",
                                            "t89"."start_date",
                                            "t89"."_end",
                                            "t89"."_key",
                                            "t89"."_acc",
                                            "t89"."_rid",
                                            "t89"."early_followup_request_date",
                                            "t89"."education_order",
                                            CASE
                                              WHEN MAX("t89"."_end") OVER (
                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) IS NULL
                                              THEN 1
                                              WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                              THEN 1
                                              ELSE 0
                                            END AS "_new"
                                          FROM (
                                            SELECT
                                              *
                                            FROM "t87" AS "t88"
                                            WHERE
                                              "t88"."_acc"
                                          ) AS "t89"
                                        ) AS "t93"
                                      ) AS "t96"
                                      GROUP BY
                                        1,
                                        2,
                                        3,
                                        4
                                    ) AS "t97"
                                  ) AS "t99"
                                ) AS "t103"
                              ) AS "t105"
                                ON "t122"."person_id" = "t105"."_ipid"
                                AND "t122"."benefit" = "t105"."_ibenefit"
                                AND "t122"."start_date" = "t105"."_istart"
                                AND "t105"."_cum" < "t122"."_needed"
                                AND (
                                  (
                                    "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                  )
                                  OR (
                                    (
                                      "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                    ) >= "t122"."_needed"
                                  )
                                )
                            ) AS "t123"
                          ) AS "t124"
                        ) AS "t125"
                      ) AS "t134"
                      INNER JOIN (
                        SELECT
                          *
                        FROM "conversations" AS "t0"
                        WHERE
                          "t0"."status" = 'afholdt'
                          AND COALESCE("t0"."individual", TRUE)
                          AND "t0"."date" <= CAST($as_of AS DATE)
                          AND "t0"."kind" IN ('jobsamtale', 'faellessamtale')
                      ) AS "t10"
                        ON "t134"."person_id" = "t10"."person_id"
                        AND "t10"."date" >= "t134"."_first"
                        AND "t10"."date" <= "t134"."_last"
                    ) AS "t136"
                    WHERE
                      COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t136"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['jobcenter', 'anden_aktoer']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t136"."held_by"
                        ),
                        FALSE
                      )
                      AND COALESCE(
                        ARRAY_CONTAINS(
                          CASE
                            WHEN "t136"."window_start" >= MAKE_DATE(2020, 1, 1)
                            THEN ['personligt', 'telefon', 'video']
                            ELSE CAST(NULL AS TEXT[])
                          END,
                          "t136"."form"
                        ),
                        FALSE
                      )
                  ) AS "t140"
                  INNER JOIN (
                    SELECT
                      "t125"."person_id",
                      "t125"."benefit",
                      "t125"."start_date",
                      "t125"."required" AS "_n",
                      "t125"."due_date" AS "_due"
                    FROM (
                      SELECT
                        "t124".*
                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                      FROM (
                        SELECT
                          "t123"."person_id",
                          "t123"."benefit",
                          "t123"."start_date",
                          "t123"."end_date",
                          "t123"."first_contact_date",
                          "t123"."target_group",
                          "t123"."first_absence_date",
                          "t123"."sickness_category",
                          "t123"."employed",
                          "t123"."handover_date",
                          "t123"."expected_absence_weeks",
                          "t123"."work_obligation",
                          "t123"."municipality",
                          "t123"."early_followup_request_date",
                          "t123"."education_order",
                          "t123"."periods",
                          "t123"."window_start",
                          "t123"."required",
                          "t123"."required_joint",
                          "t123"."in_force",
                          "t123"."_end_unconfirmed",
                          "t123"."due0",
                          "t123"."exempt_days",
                          "t123"."exempt_now",
                          "t123"."exemption_note",
                          "t123"."due_date",
                          "t123"."_plain",
                          "t123"."_needed",
                          "t123"."_ipid",
                          "t123"."_ibenefit",
                          "t123"."_istart",
                          "t123"."_i_start",
                          "t123"."_i_end",
                          "t123"."_cum",
                          CASE
                            WHEN "t123"."_i_start" IS NOT NULL
                            THEN CAST(CAST("t123"."_i_start" + TO_DAYS(CAST("t123"."_needed" - "t123"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                            ELSE "t123"."_plain"
                          END AS "_count_from"
                        FROM (
                          SELECT
                            "t122"."person_id",
                            "t122"."benefit",
                            "t122"."start_date",
                            "t122"."end_date",
                            "t122"."first_contact_date",
                            "t122"."target_group",
                            "t122"."first_absence_date",
                            "t122"."sickness_category",
                            "t122"."employed",
                            "t122"."handover_date",
                            "t122"."expected_absence_weeks",
                            "t122"."work_obligation",
                            "t122"."municipality",
                            "t122"."early_followup_request_date",
                            "t122"."education_order",
                            "t122"."periods",
                            "t122"."window_start",
                            "t122"."required",
                            "t122"."required_joint",
                            "t122"."in_force",
                            "t122"."_end_unconfirmed",
                            "t122"."due0",
                            "t122"."exempt_days",
                            "t122"."exempt_now",
                            "t122"."exemption_note",
                            "t122"."due_date",
                            "t122"."_plain",
                            "t122"."_needed",
                            "t105"."_ipid",
                            "t105"."_ibenefit",
                            "t105"."_istart",
                            "t105"."_i_start",
                            "t105"."_i_end",
                            "t105"."_cum"
                          FROM (
                            SELECT
                              "t120"."person_id",
                              "t120"."benefit",
                              "t120"."start_date",
                              "t120"."end_date",
                              "t120"."first_contact_date",
                              "t120"."target_group",
                              "t120"."first_absence_date",
                              "t120"."sickness_category",
                              "t120"."employed",
                              "t120"."handover_date",
                              "t120"."expected_absence_weeks",
                              "t120"."work_obligation",
                              "t120"."municipality",
                              "t120"."early_followup_request_date",
                              "t120"."education_order",
                              "t120"."periods",
                              "t120"."window_start",
                              "t120"."required",
                              "t120"."required_joint",
                              "t120"."in_force",
                              "t120"."_end_unconfirmed",
                              "t120"."due0",
                              COALESCE("t120"."exempt_days", 0) AS "exempt_days",
                              COALESCE("t120"."exempt_now", FALSE) AS "exempt_now",
                              COALESCE("t120"."exemption_note", '') AS "exemption_note",
                              CAST(CAST("t120"."due0" + TO_DAYS(
                                CASE
                                  WHEN COALESCE(
                                    CASE
                                      WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN TRUE
                                      ELSE CAST(NULL AS BOOLEAN)
                                    END,
                                    FALSE
                                  )
                                  THEN COALESCE("t120"."exempt_days", 0)
                                  ELSE 0
                                END
                              ) AS TIMESTAMP) AS DATE) AS "due_date",
                              CAST(CAST("t120"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t120"."window_start",
                                CAST(CAST("t120"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM (
                              SELECT
                                "t119".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t113"."person_id",
                                  "t113"."benefit",
                                  "t113"."start_date",
                                  "t113"."end_date",
                                  "t113"."first_contact_date",
                                  "t113"."target_group",
                                  "t113"."first_absence_date",
                                  "t113"."sickness_category",
                                  "t113"."employed",
                                  "t113"."handover_date",
                                  "t113"."expected_absence_weeks",
                                  "t113"."work_obligation",
                                  "t113"."municipality",
                                  "t113"."early_followup_request_date",
                                  "t113"."education_order",
                                  "t113"."periods",
                                  "t113"."window_start",
                                  "t113"."required",
                                  "t113"."required_joint",
                                  "t113"."in_force",
                                  "t113"."_end_unconfirmed",
                                  "t113"."due0",
                                  "t118"."person_id" AS "person_id_right",
                                  "t118"."benefit" AS "benefit_right",
                                  "t118"."start_date" AS "start_date_right",
                                  "t118"."exempt_days",
                                  "t118"."exempt_now",
                                  "t118"."exemption_note"
                                FROM (
                                  SELECT
                                    "t111".*
                                    EXCLUDE ("_point")
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
                                      "t110"."required",
                                      "t110"."required_joint",
                                      "t110"."in_force",
                                      "t110"."_end_unconfirmed",
                                      "t110"."_point",
                                      CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                    FROM (
                                      SELECT
                                        "t109".*
                                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                          "t108"."_plain",
                                          "t108"."_needed",
                                          "t108"."_ipid",
                                          "t108"."_ibenefit",
                                          "t108"."_istart",
                                          "t108"."_i_start",
                                          "t108"."_i_end",
                                          "t108"."_cum",
                                          CASE
                                            WHEN "t108"."_i_start" IS NOT NULL
                                            THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                            ELSE "t108"."_plain"
                                          END AS "_point"
                                        FROM (
                                          SELECT
                                            "t107"."person_id",
                                            "t107"."benefit",
                                            "t107"."start_date",
                                            "t107"."end_date",
                                            "t107"."first_contact_date",
                                            "t107"."target_group",
                                            "t107"."first_absence_date",
                                            "t107"."sickness_category",
                                            "t107"."employed",
                                            "t107"."handover_date",
                                            "t107"."expected_absence_weeks",
                                            "t107"."work_obligation",
                                            "t107"."municipality",
                                            "t107"."early_followup_request_date",
                                            "t107"."education_order",
                                            "t107"."periods",
                                            "t107"."window_start",
                                            "t107"."required",
                                            "t107"."required_joint",
                                            "t107"."in_force",
                                            "t107"."_end_unconfirmed",
                                            "t107"."_plain",
                                            "t107"."_needed",
                                            "t105"."_ipid",
                                            "t105"."_ibenefit",
                                            "t105"."_istart",
                                            "t105"."_i_start",
                                            "t105"."_i_end",
                                            "t105"."_cum"
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
                                              "t102"."start_date" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t102"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t102"."start_date",
                                                CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
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
                                                "t95"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t91"."person_id",
                                                    "t91"."benefit",
                                                    "t91"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t91"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t91"."early_followup_request_date",
                                                    "t91"."education_order",
                                                    "t91"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t88"."person_id",
                                                      "t88"."benefit",
                                                      "t88"."_key",
                                                      MAX("t88"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                      MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t87" AS "t88"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t91"
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
                                                  ) AS "t7"
                                                    ON "t91"."_first" = "t7"."_frid"
                                                ) AS "t92"
                                                WHERE
                                                  "t92"."benefit" IN ('dagpenge')
                                              ) AS "t95"
                                              ANTI JOIN (
                                                SELECT
                                                  "t98"."person_id" AS "_k_person_id",
                                                  "t98"."benefit" AS "_k_benefit",
                                                  "t98"."start_date" AS "_k_start_date"
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
                                                    "t95"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t91"."person_id",
                                                        "t91"."benefit",
                                                        "t91"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t91"."_end"
                                                        END AS "end_date",
                                                        "t7"."first_contact_date",
                                                        "t7"."target_group",
                                                        "t7"."first_absence_date",
                                                        "t7"."sickness_category",
                                                        "t7"."employed",
                                                        "t7"."handover_date",
                                                        "t7"."expected_absence_weeks",
                                                        "t7"."work_obligation",
                                                        "t7"."municipality",
                                                        "t91"."early_followup_request_date",
                                                        "t91"."education_order",
                                                        "t91"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t88"."person_id",
                                                          "t88"."benefit",
                                                          "t88"."_key",
                                                          MAX("t88"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                          MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t87" AS "t88"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t91"
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
                                                      ) AS "t7"
                                                        ON "t91"."_first" = "t7"."_frid"
                                                    ) AS "t92"
                                                    WHERE
                                                      "t92"."benefit" IN ('dagpenge')
                                                  ) AS "t95"
                                                  SEMI JOIN (
                                                    SELECT
                                                      "t2"."person_id" AS "_mpid",
                                                      "t2"."start_date" AS "_mstart"
                                                    FROM "benefit_periods" AS "t2"
                                                    WHERE
                                                      "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                  ) AS "t12"
                                                    ON "t95"."person_id" = "t12"."_mpid"
                                                    AND "t12"."_mstart" >= "t95"."start_date"
                                                    AND (
                                                      (
                                                        "t95"."end_date" IS NULL
                                                      ) OR (
                                                        "t12"."_mstart" <= "t95"."end_date"
                                                      )
                                                    )
                                                ) AS "t98"
                                                WHERE
                                                  CASE
                                                    WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                              ) AS "t101"
                                                ON "t95"."person_id" = "t101"."_k_person_id"
                                                AND "t95"."benefit" = "t101"."_k_benefit"
                                                AND "t95"."start_date" = "t101"."_k_start_date"
                                            ) AS "t102"
                                          ) AS "t107"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t103"."person_id" AS "_ipid",
                                              "t103"."benefit" AS "_ibenefit",
                                              "t103"."start_date" AS "_istart",
                                              "t103"."i_start" AS "_i_start",
                                              "t103"."i_end" AS "_i_end",
                                              "t103"."cum_before" AS "_cum"
                                            FROM (
                                              SELECT
                                                "t99"."person_id",
                                                "t99"."benefit",
                                                "t99"."_key" AS "start_date",
                                                "t99"."i_start",
                                                "t99"."i_end",
                                                CAST(COALESCE(
                                                  SUM("t99"."_len") OVER (
                                                    PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                    ORDER BY "t99"."i_start" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ),
                                                  0
                                                ) AS INT) AS "cum_before"
                                              FROM (
                                                SELECT
                                                  "t97"."person_id",
                                                  "t97"."benefit",
                                                  "t97"."_key",
                                                  "t97"."_island",
                                                  "t97"."i_start",
                                                  "t97"."i_end",
                                                  CASE
                                                    WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN 0
                                                    ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                  END AS "_len"
                                                FROM (
                                                  SELECT
                                                    "t96"."person_id",
                                                    "t96"."benefit",
                                                    "t96"."_key",
                                                    "t96"."_island",
                                                    MIN("t96"."start_date") AS "i_start",
                                                    MAX("t96"."_end") AS "i_end"
                                                  FROM (
                                                    SELECT
                                                      "t93"."person_id",
                                                      "t93"."benefit",
                                                      "t93"."start_date",
                                                      "t93"."_end",
                                                      "t93"."_key",
                                                      "t93"."_acc",
                                                      "t93"."_rid",
                                                      "t93"."early_followup_request_date",
                                                      "t93"."education_order",
                                                      "t93"."_new",
                                                      SUM("t93"."_new") OVER (
                                                        PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                        ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ) AS "_island"
                                                    FROM (
                                                      SELECT
                                                        "t89"."person_id",
                                                        "t89"."benefit",
                                                        "t89"."start_date",
                                                        "t89"."_end",
                                                        "t89"."_key",
                                                        "t89"."_acc",
                                                        "t89"."_rid",
                                                        "t89"."early_followup_request_date",
                                                        "t89"."education_order",
                                                        CASE
                                                          WHEN MAX("t89"."_end") OVER (
                                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) IS NULL
                                                          THEN 1
                                                          WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                          THEN 1
                                                          ELSE 0
                                                        END AS "_new"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "t87" AS "t88"
                                                        WHERE
                                                          "t88"."_acc"
                                                      ) AS "t89"
                                                    ) AS "t93"
                                                  ) AS "t96"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3,
                                                    4
                                                ) AS "t97"
                                              ) AS "t99"
                                            ) AS "t103"
                                          ) AS "t105"
                                            ON "t107"."person_id" = "t105"."_ipid"
                                            AND "t107"."benefit" = "t105"."_ibenefit"
                                            AND "t107"."start_date" = "t105"."_istart"
                                            AND "t105"."_cum" < "t107"."_needed"
                                            AND (
                                              (
                                                "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                              )
                                              OR (
                                                (
                                                  "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                ) >= "t107"."_needed"
                                              )
                                            )
                                        ) AS "t108"
                                      ) AS "t109"
                                    ) AS "t110"
                                  ) AS "t111"
                                ) AS "t113"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t116"."person_id",
                                    "t116"."benefit",
                                    "t116"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t116"."_ex_start", "t116"."_from"),
                                        LEAST("t116"."_ex_end", "t116"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t116"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t116"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    ARRAY_TO_STRING(
                                      LIST_SORT(
                                        ARRAY_AGG(
                                          CASE
                                            WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                            OR "t116"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t116"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t116"."_ex_end" AS TEXT),
                                              ' (',
                                              "t116"."_ex_reason",
                                              ')'
                                            )
                                          END
                                        ) FILTER(WHERE
                                          CASE
                                            WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                            OR "t116"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t116"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t116"."_ex_end" AS TEXT),
                                              ' (',
                                              "t116"."_ex_reason",
                                              ')'
                                            )
                                          END IS NOT NULL)
                                      ),
                                      ', '
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t115"."person_id",
                                      "t115"."benefit",
                                      "t115"."start_date",
                                      "t115"."_from",
                                      "t115"."_to",
                                      "t11"."_pid",
                                      "t11"."_ex_start",
                                      "t11"."_ex_end",
                                      "t11"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t112"."person_id",
                                        "t112"."benefit",
                                        "t112"."start_date",
                                        "t112"."window_start" AS "_from",
                                        "t112"."due0" AS "_to"
                                      FROM (
                                        SELECT
                                          "t111".*
                                          EXCLUDE ("_point")
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
                                            "t110"."required",
                                            "t110"."required_joint",
                                            "t110"."in_force",
                                            "t110"."_end_unconfirmed",
                                            "t110"."_point",
                                            CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t109".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                                "t108"."_plain",
                                                "t108"."_needed",
                                                "t108"."_ipid",
                                                "t108"."_ibenefit",
                                                "t108"."_istart",
                                                "t108"."_i_start",
                                                "t108"."_i_end",
                                                "t108"."_cum",
                                                CASE
                                                  WHEN "t108"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t108"."_plain"
                                                END AS "_point"
                                              FROM (
                                                SELECT
                                                  "t107"."person_id",
                                                  "t107"."benefit",
                                                  "t107"."start_date",
                                                  "t107"."end_date",
                                                  "t107"."first_contact_date",
                                                  "t107"."target_group",
                                                  "t107"."first_absence_date",
                                                  "t107"."sickness_category",
                                                  "t107"."employed",
                                                  "t107"."handover_date",
                                                  "t107"."expected_absence_weeks",
                                                  "t107"."work_obligation",
                                                  "t107"."municipality",
                                                  "t107"."early_followup_request_date",
                                                  "t107"."education_order",
                                                  "t107"."periods",
                                                  "t107"."window_start",
                                                  "t107"."required",
                                                  "t107"."required_joint",
                                                  "t107"."in_force",
                                                  "t107"."_end_unconfirmed",
                                                  "t107"."_plain",
                                                  "t107"."_needed",
                                                  "t105"."_ipid",
                                                  "t105"."_ibenefit",
                                                  "t105"."_istart",
                                                  "t105"."_i_start",
                                                  "t105"."_i_end",
                                                  "t105"."_cum"
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
                                                    "t102"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t102"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t102"."start_date",
                                                      CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t95"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t91"."person_id",
                                                          "t91"."benefit",
                                                          "t91"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t91"."_end"
                                                          END AS "end_date",
                                                          "t7"."first_contact_date",
                                                          "t7"."target_group",
                                                          "t7"."first_absence_date",
                                                          "t7"."sickness_category",
                                                          "t7"."employed",
                                                          "t7"."handover_date",
                                                          "t7"."expected_absence_weeks",
                                                          "t7"."work_obligation",
                                                          "t7"."municipality",
                                                          "t91"."early_followup_request_date",
                                                          "t91"."education_order",
                                                          "t91"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t88"."person_id",
                                                            "t88"."benefit",
                                                            "t88"."_key",
                                                            MAX("t88"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                            MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t87" AS "t88"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t91"
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
                                                        ) AS "t7"
                                                          ON "t91"."_first" = "t7"."_frid"
                                                      ) AS "t92"
                                                      WHERE
                                                        "t92"."benefit" IN ('dagpenge')
                                                    ) AS "t95"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t98"."person_id" AS "_k_person_id",
                                                        "t98"."benefit" AS "_k_benefit",
                                                        "t98"."start_date" AS "_k_start_date"
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
                                                          "t95"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t91"."person_id",
                                                              "t91"."benefit",
                                                              "t91"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t91"."_end"
                                                              END AS "end_date",
                                                              "t7"."first_contact_date",
                                                              "t7"."target_group",
                                                              "t7"."first_absence_date",
                                                              "t7"."sickness_category",
                                                              "t7"."employed",
                                                              "t7"."handover_date",
                                                              "t7"."expected_absence_weeks",
                                                              "t7"."work_obligation",
                                                              "t7"."municipality",
                                                              "t91"."early_followup_request_date",
                                                              "t91"."education_order",
                                                              "t91"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t88"."person_id",
                                                                "t88"."benefit",
                                                                "t88"."_key",
                                                                MAX("t88"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                                MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t87" AS "t88"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t91"
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
                                                            ) AS "t7"
                                                              ON "t91"."_first" = "t7"."_frid"
                                                          ) AS "t92"
                                                          WHERE
                                                            "t92"."benefit" IN ('dagpenge')
                                                        ) AS "t95"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t12"
                                                          ON "t95"."person_id" = "t12"."_mpid"
                                                          AND "t12"."_mstart" >= "t95"."start_date"
                                                          AND (
                                                            (
                                                              "t95"."end_date" IS NULL
                                                            ) OR (
                                                              "t12"."_mstart" <= "t95"."end_date"
                                                            )
                                                          )
                                                      ) AS "t98"
                                                      WHERE
                                                        CASE
                                                          WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t101"
                                                      ON "t95"."person_id" = "t101"."_k_person_id"
                                                      AND "t95"."benefit" = "t101"."_k_benefit"
                                                      AND "t95"."start_date" = "t101"."_k_start_date"
                                                  ) AS "t102"
                                                ) AS "t107"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t103"."person_id" AS "_ipid",
                                                    "t103"."benefit" AS "_ibenefit",
                                                    "t103"."start_date" AS "_istart",
                                                    "t103"."i_start" AS "_i_start",
                                                    "t103"."i_end" AS "_i_end",
                                                    "t103"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t99"."person_id",
                                                      "t99"."benefit",
                                                      "t99"."_key" AS "start_date",
                                                      "t99"."i_start",
                                                      "t99"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t99"."_len") OVER (
                                                          PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                          ORDER BY "t99"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t97"."person_id",
                                                        "t97"."benefit",
                                                        "t97"."_key",
                                                        "t97"."_island",
                                                        "t97"."i_start",
                                                        "t97"."i_end",
                                                        CASE
                                                          WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t96"."person_id",
                                                          "t96"."benefit",
                                                          "t96"."_key",
                                                          "t96"."_island",
                                                          MIN("t96"."start_date") AS "i_start",
                                                          MAX("t96"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t93"."person_id",
                                                            "t93"."benefit",
                                                            "t93"."start_date",
                                                            "t93"."_end",
                                                            "t93"."_key",
                                                            "t93"."_acc",
                                                            "t93"."_rid",
                                                            "t93"."early_followup_request_date",
                                                            "t93"."education_order",
                                                            "t93"."_new",
                                                            SUM("t93"."_new") OVER (
                                                              PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                              ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
                                                          FROM (
                                                            SELECT
                                                              "t89"."person_id",
                                                              "t89"."benefit",
                                                              "t89"."start_date",
                                                              "t89"."_end",
                                                              "t89"."_key",
                                                              "t89"."_acc",
                                                              "t89"."_rid",
                                                              "t89"."early_followup_request_date",
                                                              "t89"."education_order",
                                                              CASE
                                                                WHEN MAX("t89"."_end") OVER (
                                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t87" AS "t88"
                                                              WHERE
                                                                "t88"."_acc"
                                                            ) AS "t89"
                                                          ) AS "t93"
                                                        ) AS "t96"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t97"
                                                    ) AS "t99"
                                                  ) AS "t103"
                                                ) AS "t105"
                                                  ON "t107"."person_id" = "t105"."_ipid"
                                                  AND "t107"."benefit" = "t105"."_ibenefit"
                                                  AND "t107"."start_date" = "t105"."_istart"
                                                  AND "t105"."_cum" < "t107"."_needed"
                                                  AND (
                                                    (
                                                      "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                      ) >= "t107"."_needed"
                                                    )
                                                  )
                                              ) AS "t108"
                                            ) AS "t109"
                                          ) AS "t110"
                                        ) AS "t111"
                                      ) AS "t112"
                                    ) AS "t115"
                                    INNER JOIN (
                                      SELECT
                                        "t1"."person_id" AS "_pid",
                                        "t1"."start_date" AS "_ex_start",
                                        "t1"."end_date" AS "_ex_end",
                                        "t1"."reason" AS "_ex_reason"
                                      FROM "exemptions" AS "t1"
                                      WHERE
                                        "t1"."start_date" <= CAST($as_of AS DATE)
                                    ) AS "t11"
                                      ON "t115"."person_id" = "t11"."_pid"
                                      AND "t11"."_ex_start" <= "t115"."_to"
                                      AND "t11"."_ex_end" >= "t115"."_from"
                                  ) AS "t116"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t118"
                                  ON "t113"."person_id" = "t118"."person_id"
                                  AND "t113"."benefit" = "t118"."benefit"
                                  AND "t113"."start_date" = "t118"."start_date"
                              ) AS "t119"
                            ) AS "t120"
                          ) AS "t122"
                          LEFT OUTER JOIN (
                            SELECT
                              "t103"."person_id" AS "_ipid",
                              "t103"."benefit" AS "_ibenefit",
                              "t103"."start_date" AS "_istart",
                              "t103"."i_start" AS "_i_start",
                              "t103"."i_end" AS "_i_end",
                              "t103"."cum_before" AS "_cum"
                            FROM (
                              SELECT
                                "t99"."person_id",
                                "t99"."benefit",
                                "t99"."_key" AS "start_date",
                                "t99"."i_start",
                                "t99"."i_end",
                                CAST(COALESCE(
                                  SUM("t99"."_len") OVER (
                                    PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                    ORDER BY "t99"."i_start" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ),
                                  0
                                ) AS INT) AS "cum_before"
                              FROM (
                                SELECT
                                  "t97"."person_id",
                                  "t97"."benefit",
                                  "t97"."_key",
                                  "t97"."_island",
                                  "t97"."i_start",
                                  "t97"."i_end",
                                  CASE
                                    WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                    THEN 0
                                    ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                  END AS "_len"
                                FROM (
                                  SELECT
                                    "t96"."person_id",
                                    "t96"."benefit",
                                    "t96"."_key",
                                    "t96"."_island",
                                    MIN("t96"."start_date") AS "i_start",
                                    MAX("t96"."_end") AS "i_end"
                                  FROM (
                                    SELECT
                                      "t93"."person_id",
                                      "t93"."benefit",
                                      "t93"."start_date",
                                      "t93"."_end",
                                      "t93"."_key",
                                      "t93"."_acc",
                                      "t93"."_rid",
                                      "t93"."early_followup_request_date",
                                      "t93"."education_order",
                                      "t93"."_new",
                                      SUM("t93"."_new") OVER (
                                        PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                        ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS "_island"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."_end",
                                        "t89"."_key",
                                        "t89"."_acc",
                                        "t89"."_rid",
                                        "t89"."early_followup_request_date",
                                        "t89"."education_order",
                                        CASE
                                          WHEN MAX("t89"."_end") OVER (
                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) IS NULL
                                          THEN 1
                                          WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                          THEN 1
                                          ELSE 0
                                        END AS "_new"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "t87" AS "t88"
                                        WHERE
                                          "t88"."_acc"
                                      ) AS "t89"
                                    ) AS "t93"
                                  ) AS "t96"
                                  GROUP BY
                                    1,
                                    2,
                                    3,
                                    4
                                ) AS "t97"
                              ) AS "t99"
                            ) AS "t103"
                          ) AS "t105"
                            ON "t122"."person_id" = "t105"."_ipid"
                            AND "t122"."benefit" = "t105"."_ibenefit"
                            AND "t122"."start_date" = "t105"."_istart"
                            AND "t105"."_cum" < "t122"."_needed"
                            AND (
                              (
                                "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                ) >= "t122"."_needed"
                              )
                            )
                        ) AS "t123"
                      ) AS "t124"
                    ) AS "t125"
                  ) AS "t130"
                    ON "t140"."person_id" = "t130"."person_id"
                    AND "t140"."benefit" = "t130"."benefit"
                    AND "t140"."start_date" = "t130"."start_date"
                ) AS "t142"
                WHERE
                  "t142"."_n" > 0
              ) AS "t144"
              GROUP BY
                1,
                2,
                3
            ) AS "t146"
          ) AS "t150"
            ON "t126"."person_id" = "t150"."person_id"
            AND "t126"."benefit" = "t150"."benefit"
            AND "t126"."start_date" = "t150"."start_date"
        ) AS "t151"
      ) AS "t153"
      LEFT OUTER JOIN (
        SELECT
          "t145"."person_id",
          "t145"."benefit",
          "t145"."start_date",
          CASE
            WHEN "t145"."_held" >= "t145"."_n"
            THEN CAST(SUBSTRING(
              LIST_EXTRACT(
                "t145"."_events",
                (
                  "t145"."_n" - 1
                ) + CAST((
                  "t145"."_n" - 1
                ) >= 0 AS BIGINT)
              ),
              CASE
                WHEN (
                  0 + 1
                ) >= 1
                THEN 0 + 1
                ELSE 0 + 1 + LENGTH(
                  LIST_EXTRACT(
                    "t145"."_events",
                    (
                      "t145"."_n" - 1
                    ) + CAST((
                      "t145"."_n" - 1
                    ) >= 0 AS BIGINT)
                  )
                )
              END,
              10
            ) AS DATE)
            ELSE CAST(NULL AS DATE)
          END AS "joint_date",
          LEAST("t145"."_by_due", "t145"."_n") AS "joint_in_window"
        FROM (
          SELECT
            "t143"."person_id",
            "t143"."benefit",
            "t143"."start_date",
            LIST_SORT(
              ARRAY_AGG(
                CASE
                  WHEN CAST("t143"."date" AS TEXT) IS NULL OR "t143"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t143"."date" AS TEXT), '|', "t143"."description")
                END
              ) FILTER(WHERE
                CASE
                  WHEN CAST("t143"."date" AS TEXT) IS NULL OR "t143"."description" IS NULL
                  THEN NULL
                  ELSE CONCAT(CAST("t143"."date" AS TEXT), '|', "t143"."description")
                END IS NOT NULL)
            ) AS "_events",
            COUNT(*) AS "_held",
            SUM(CAST("t143"."date" <= "t143"."_due" AS INT)) AS "_by_due",
            CAST(MAX("t143"."_n") AS INT) AS "_n"
          FROM (
            SELECT
              *
            FROM (
              SELECT
                "t139"."person_id",
                "t139"."benefit",
                "t139"."start_date",
                "t139"."date",
                "t139"."description",
                "t129"."_n",
                "t129"."_due"
              FROM (
                SELECT
                  "t135"."person_id",
                  "t135"."benefit",
                  "t135"."start_date",
                  "t135"."date",
                  CASE
                    WHEN "t135"."kind" IS NULL
                    OR CAST("t135"."date" AS TEXT) IS NULL
                    OR "t135"."form" IS NULL
                    OR "t135"."held_by" IS NULL
                    THEN NULL
                    ELSE CONCAT(
                      "t135"."kind",
                      ' ',
                      CAST("t135"."date" AS TEXT),
                      ' (',
                      "t135"."form",
                      ', ',
                      "t135"."held_by",
                      ')'
                    )
                  END AS "description"
                FROM (
                  SELECT
                    "t133"."person_id",
                    "t133"."benefit",
                    "t133"."start_date",
                    "t133"."window_start",
                    "t133"."_first",
                    "t133"."_last",
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
                      "t125"."person_id",
                      "t125"."benefit",
                      "t125"."start_date",
                      "t125"."window_start",
                      "t125"."window_start" AS "_first",
                      COALESCE("t125"."end_date", CAST($as_of AS DATE)) AS "_last"
                    FROM (
                      SELECT
                        "t124".*
                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                      FROM (
                        SELECT
                          "t123"."person_id",
                          "t123"."benefit",
                          "t123"."start_date",
                          "t123"."end_date",
                          "t123"."first_contact_date",
                          "t123"."target_group",
                          "t123"."first_absence_date",
                          "t123"."sickness_category",
                          "t123"."employed",
                          "t123"."handover_date",
                          "t123"."expected_absence_weeks",
                          "t123"."work_obligation",
                          "t123"."municipality",
                          "t123"."early_followup_request_date",
                          "t123"."education_order",
                          "t123"."periods",
                          "t123"."window_start",
                          "t123"."required",
                          "t123"."required_joint",
                          "t123"."in_force",
                          "t123"."_end_unconfirmed",
                          "t123"."due0",
                          "t123"."exempt_days",
                          "t123"."exempt_now",
                          "t123"."exemption_note",
                          "t123"."due_date",
                          "t123"."_plain",
                          "t123"."_needed",
                          "t123"."_ipid",
                          "t123"."_ibenefit",
                          "t123"."_istart",
                          "t123"."_i_start",
                          "t123"."_i_end",
                          "t123"."_cum",
                          CASE
                            WHEN "t123"."_i_start" IS NOT NULL
                            THEN CAST(CAST("t123"."_i_start" + TO_DAYS(CAST("t123"."_needed" - "t123"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                            ELSE "t123"."_plain"
                          END AS "_count_from"
                        FROM (
                          SELECT
                            "t122"."person_id",
                            "t122"."benefit",
                            "t122"."start_date",
                            "t122"."end_date",
                            "t122"."first_contact_date",
                            "t122"."target_group",
                            "t122"."first_absence_date",
                            "t122"."sickness_category",
                            "t122"."employed",
                            "t122"."handover_date",
                            "t122"."expected_absence_weeks",
                            "t122"."work_obligation",
                            "t122"."municipality",
                            "t122"."early_followup_request_date",
                            "t122"."education_order",
                            "t122"."periods",
                            "t122"."window_start",
                            "t122"."required",
                            "t122"."required_joint",
                            "t122"."in_force",
                            "t122"."_end_unconfirmed",
                            "t122"."due0",
                            "t122"."exempt_days",
                            "t122"."exempt_now",
                            "t122"."exemption_note",
                            "t122"."due_date",
                            "t122"."_plain",
                            "t122"."_needed",
                            "t105"."_ipid",
                            "t105"."_ibenefit",
                            "t105"."_istart",
                            "t105"."_i_start",
                            "t105"."_i_end",
                            "t105"."_cum"
                          FROM (
                            SELECT
                              "t120"."person_id",
                              "t120"."benefit",
                              "t120"."start_date",
                              "t120"."end_date",
                              "t120"."first_contact_date",
                              "t120"."target_group",
                              "t120"."first_absence_date",
                              "t120"."sickness_category",
                              "t120"."employed",
                              "t120"."handover_date",
                              "t120"."expected_absence_weeks",
                              "t120"."work_obligation",
                              "t120"."municipality",
                              "t120"."early_followup_request_date",
                              "t120"."education_order",
                              "t120"."periods",
                              "t120"."window_start",
                              "t120"."required",
                              "t120"."required_joint",
                              "t120"."in_force",
                              "t120"."_end_unconfirmed",
                              "t120"."due0",
                              COALESCE("t120"."exempt_days", 0) AS "exempt_days",
                              COALESCE("t120"."exempt_now", FALSE) AS "exempt_now",
                              COALESCE("t120"."exemption_note", '') AS "exemption_note",
                              CAST(CAST("t120"."due0" + TO_DAYS(
                                CASE
                                  WHEN COALESCE(
                                    CASE
                                      WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN TRUE
                                      ELSE CAST(NULL AS BOOLEAN)
                                    END,
                                    FALSE
                                  )
                                  THEN COALESCE("t120"."exempt_days", 0)
                                  ELSE 0
                                END
                              ) AS TIMESTAMP) AS DATE) AS "due_date",
                              CAST(CAST("t120"."window_start" + TO_MONTHS(
                                COALESCE(
                                  CASE
                                    WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                    THEN 3
                                    WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                    THEN 0
                                    ELSE CAST(NULL AS BIGINT)
                                  END,
                                  0
                                )
                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                              DATE_DIFF(
                                'DAY',
                                "t120"."window_start",
                                CAST(CAST("t120"."window_start" + TO_MONTHS(
                                  COALESCE(
                                    CASE
                                      WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                      THEN 3
                                      WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                      THEN 0
                                      ELSE CAST(NULL AS BIGINT)
                                    END,
                                    0
                                  )
                                ) AS TIMESTAMP) AS DATE)
                              ) AS "_needed"
                            FROM (
                              SELECT
                                "t119".*
                                EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                              FROM (
                                SELECT
                                  "t113"."person_id",
                                  "t113"."benefit",
                                  "t113"."start_date",
                                  "t113"."end_date",
                                  "t113"."first_contact_date",
                                  "t113"."target_group",
                                  "t113"."first_absence_date",
                                  "t113"."sickness_category",
                                  "t113"."employed",
                                  "t113"."handover_date",
                                  "t113"."expected_absence_weeks",
                                  "t113"."work_obligation",
                                  "t113"."municipality",
                                  "t113"."early_followup_request_date",
                                  "t113"."education_order",
                                  "t113"."periods",
                                  "t113"."window_start",
                                  "t113"."required",
                                  "t113"."required_joint",
                                  "t113"."in_force",
                                  "t113"."_end_unconfirmed",
                                  "t113"."due0",
                                  "t118"."person_id" AS "person_id_right",
                                  "t118"."benefit" AS "benefit_right",
                                  "t118"."start_date" AS "start_date_right",
                                  "t118"."exempt_days",
                                  "t118"."exempt_now",
                                  "t118"."exemption_note"
                                FROM (
                                  SELECT
                                    "t111".*
                                    EXCLUDE ("_point")
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
                                      "t110"."required",
                                      "t110"."required_joint",
                                      "t110"."in_force",
                                      "t110"."_end_unconfirmed",
                                      "t110"."_point",
                                      CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                    FROM (
                                      SELECT
                                        "t109".*
                                        EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                          "t108"."_plain",
                                          "t108"."_needed",
                                          "t108"."_ipid",
                                          "t108"."_ibenefit",
                                          "t108"."_istart",
                                          "t108"."_i_start",
                                          "t108"."_i_end",
                                          "t108"."_cum",
                                          CASE
                                            WHEN "t108"."_i_start" IS NOT NULL
                                            THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                            ELSE "t108"."_plain"
                                          END AS "_point"
                                        FROM (
                                          SELECT
                                            "t107"."person_id",
                                            "t107"."benefit",
                                            "t107"."start_date",
                                            "t107"."end_date",
                                            "t107"."first_contact_date",
                                            "t107"."target_group",
                                            "t107"."first_absence_date",
                                            "t107"."sickness_category",
                                            "t107"."employed",
                                            "t107"."handover_date",
                                            "t107"."expected_absence_weeks",
                                            "t107"."work_obligation",
                                            "t107"."municipality",
                                            "t107"."early_followup_request_date",
                                            "t107"."education_order",
                                            "t107"."periods",
                                            "t107"."window_start",
                                            "t107"."required",
                                            "t107"."required_joint",
                                            "t107"."in_force",
                                            "t107"."_end_unconfirmed",
                                            "t107"."_plain",
                                            "t107"."_needed",
                                            "t105"."_ipid",
                                            "t105"."_ibenefit",
                                            "t105"."_istart",
                                            "t105"."_i_start",
                                            "t105"."_i_end",
                                            "t105"."_cum"
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
                                              "t102"."start_date" AS "window_start",
                                              COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) + COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required",
                                              COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 0
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 0
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              ) AS "required_joint",
                                              (
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                  THEN CAST(NULL AS BIGINT)
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                  THEN 3
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 4
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              )
                                              AND (
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END IS NOT NULL
                                              ) AS "in_force",
                                              COALESCE(
                                                (
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NULL
                                                )
                                                AND COALESCE(
                                                  ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    "t102"."benefit"
                                                  )
                                                  OR ARRAY_CONTAINS(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                    CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                  ),
                                                  FALSE
                                                ),
                                                FALSE
                                              ) AS "_end_unconfirmed",
                                              CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                COALESCE(
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                )
                                              ) AS TIMESTAMP) AS DATE) AS "_plain",
                                              DATE_DIFF(
                                                'DAY',
                                                "t102"."start_date",
                                                CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE)
                                              ) AS "_needed"
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
                                                "t95"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t91"."person_id",
                                                    "t91"."benefit",
                                                    "t91"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t91"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t91"."early_followup_request_date",
                                                    "t91"."education_order",
                                                    "t91"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t88"."person_id",
                                                      "t88"."benefit",
                                                      "t88"."_key",
                                                      MAX("t88"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                      MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t87" AS "t88"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t91"
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
                                                  ) AS "t7"
                                                    ON "t91"."_first" = "t7"."_frid"
                                                ) AS "t92"
                                                WHERE
                                                  "t92"."benefit" IN ('dagpenge')
                                              ) AS "t95"
                                              ANTI JOIN (
                                                SELECT
                                                  "t98"."person_id" AS "_k_person_id",
                                                  "t98"."benefit" AS "_k_benefit",
                                                  "t98"."start_date" AS "_k_start_date"
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
                                                    "t95"."periods"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM (
                                                      SELECT
                                                        "t91"."person_id",
                                                        "t91"."benefit",
                                                        "t91"."_key" AS "start_date",
                                                        CASE
                                                          WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN CAST(NULL AS DATE)
                                                          ELSE "t91"."_end"
                                                        END AS "end_date",
                                                        "t7"."first_contact_date",
                                                        "t7"."target_group",
                                                        "t7"."first_absence_date",
                                                        "t7"."sickness_category",
                                                        "t7"."employed",
                                                        "t7"."handover_date",
                                                        "t7"."expected_absence_weeks",
                                                        "t7"."work_obligation",
                                                        "t7"."municipality",
                                                        "t91"."early_followup_request_date",
                                                        "t91"."education_order",
                                                        "t91"."periods"
                                                      FROM (
                                                        SELECT
                                                          "t88"."person_id",
                                                          "t88"."benefit",
                                                          "t88"."_key",
                                                          MAX("t88"."_end") AS "_end",
                                                          COUNT(*) AS "periods",
                                                          FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                          MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                          BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                        FROM "t87" AS "t88"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3
                                                      ) AS "t91"
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
                                                      ) AS "t7"
                                                        ON "t91"."_first" = "t7"."_frid"
                                                    ) AS "t92"
                                                    WHERE
                                                      "t92"."benefit" IN ('dagpenge')
                                                  ) AS "t95"
                                                  SEMI JOIN (
                                                    SELECT
                                                      "t2"."person_id" AS "_mpid",
                                                      "t2"."start_date" AS "_mstart"
                                                    FROM "benefit_periods" AS "t2"
                                                    WHERE
                                                      "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                  ) AS "t12"
                                                    ON "t95"."person_id" = "t12"."_mpid"
                                                    AND "t12"."_mstart" >= "t95"."start_date"
                                                    AND (
                                                      (
                                                        "t95"."end_date" IS NULL
                                                      ) OR (
                                                        "t12"."_mstart" <= "t95"."end_date"
                                                      )
                                                    )
                                                ) AS "t98"
                                                WHERE
                                                  CASE
                                                    WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 6
                                                    WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                              ) AS "t101"
                                                ON "t95"."person_id" = "t101"."_k_person_id"
                                                AND "t95"."benefit" = "t101"."_k_benefit"
                                                AND "t95"."start_date" = "t101"."_k_start_date"
                                            ) AS "t102"
                                          ) AS "t107"
                                          LEFT OUTER JOIN (
                                            SELECT
                                              "t103"."person_id" AS "_ipid",
                                              "t103"."benefit" AS "_ibenefit",
                                              "t103"."start_date" AS "_istart",
                                              "t103"."i_start" AS "_i_start",
                                              "t103"."i_end" AS "_i_end",
                                              "t103"."cum_before" AS "_cum"
                                            FROM (
                                              SELECT
                                                "t99"."person_id",
                                                "t99"."benefit",
                                                "t99"."_key" AS "start_date",
                                                "t99"."i_start",
                                                "t99"."i_end",
                                                CAST(COALESCE(
                                                  SUM("t99"."_len") OVER (
                                                    PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                    ORDER BY "t99"."i_start" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                  ),
                                                  0
                                                ) AS INT) AS "cum_before"
                                              FROM (
                                                SELECT
                                                  "t97"."person_id",
                                                  "t97"."benefit",
                                                  "t97"."_key",
                                                  "t97"."_island",
                                                  "t97"."i_start",
                                                  "t97"."i_end",
                                                  CASE
                                                    WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                    THEN 0
                                                    ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                  END AS "_len"
                                                FROM (
                                                  SELECT
                                                    "t96"."person_id",
                                                    "t96"."benefit",
                                                    "t96"."_key",
                                                    "t96"."_island",
                                                    MIN("t96"."start_date") AS "i_start",
                                                    MAX("t96"."_end") AS "i_end"
                                                  FROM (
                                                    SELECT
                                                      "t93"."person_id",
                                                      "t93"."benefit",
                                                      "t93"."start_date",
                                                      "t93"."_end",
                                                      "t93"."_key",
                                                      "t93"."_acc",
                                                      "t93"."_rid",
                                                      "t93"."early_followup_request_date",
                                                      "t93"."education_order",
                                                      "t93"."_new",
                                                      SUM("t93"."_new") OVER (
                                                        PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                        ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                      ) AS "_island"
                                                    FROM (
                                                      SELECT
                                                        "t89"."person_id",
                                                        "t89"."benefit",
                                                        "t89"."start_date",
                                                        "t89"."_end",
                                                        "t89"."_key",
                                                        "t89"."_acc",
                                                        "t89"."_rid",
                                                        "t89"."early_followup_request_date",
                                                        "t89"."education_order",
                                                        CASE
                                                          WHEN MAX("t89"."_end") OVER (
                                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) IS NULL
                                                          THEN 1
                                                          WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                          THEN 1
                                                          ELSE 0
                                                        END AS "_new"
                                                      FROM (
                                                        SELECT
                                                          *
                                                        FROM "t87" AS "t88"
                                                        WHERE
                                                          "t88"."_acc"
                                                      ) AS "t89"
                                                    ) AS "t93"
                                                  ) AS "t96"
                                                  GROUP BY
                                                    1,
                                                    2,
                                                    3,
                                                    4
                                                ) AS "t97"
                                              ) AS "t99"
                                            ) AS "t103"
                                          ) AS "t105"
                                            ON "t107"."person_id" = "t105"."_ipid"
                                            AND "t107"."benefit" = "t105"."_ibenefit"
                                            AND "t107"."start_date" = "t105"."_istart"
                                            AND "t105"."_cum" < "t107"."_needed"
                                            AND (
                                              (
                                                "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                              )
                                              OR (
                                                (
                                                  "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                ) >= "t107"."_needed"
                                              )
                                            )
                                        ) AS "t108"
                                      ) AS "t109"
                                    ) AS "t110"
                                  ) AS "t111"
                                ) AS "t113"
                                LEFT OUTER JOIN (
                                  SELECT
                                    "t116"."person_id",
                                    "t116"."benefit",
                                    "t116"."start_date",
                                    CAST(SUM(
                                      DATE_DIFF(
                                        'DAY',
                                        GREATEST("t116"."_ex_start", "t116"."_from"),
                                        LEAST("t116"."_ex_end", "t116"."_to")
                                      ) + 1
                                    ) AS INT) AS "exempt_days",
                                    BOOL_OR(
                                      CAST((
                                        "t116"."_ex_start" <= CAST($as_of AS DATE)
                                      )
                                      AND (
                                        "t116"."_ex_end" >= CAST($as_of AS DATE)
                                      ) AS BOOLEAN)
                                    ) AS "exempt_now",
                                    ARRAY_TO_STRING(
                                      LIST_SORT(
                                        ARRAY_AGG(
                                          CASE
                                            WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                            OR "t116"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t116"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t116"."_ex_end" AS TEXT),
                                              ' (',
                                              "t116"."_ex_reason",
                                              ')'
                                            )
                                          END
                                        ) FILTER(WHERE
                                          CASE
                                            WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                            OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                            OR "t116"."_ex_reason" IS NULL
                                            THEN NULL
                                            ELSE CONCAT(
                                              'fritaget ',
                                              CAST("t116"."_ex_start" AS TEXT),
                                              '–',
                                              CAST("t116"."_ex_end" AS TEXT),
                                              ' (',
                                              "t116"."_ex_reason",
                                              ')'
                                            )
                                          END IS NOT NULL)
                                      ),
                                      ', '
                                    ) AS "exemption_note"
                                  FROM (
                                    SELECT
                                      "t115"."person_id",
                                      "t115"."benefit",
                                      "t115"."start_date",
                                      "t115"."_from",
                                      "t115"."_to",
                                      "t11"."_pid",
                                      "t11"."_ex_start",
                                      "t11"."_ex_end",
                                      "t11"."_ex_reason"
                                    FROM (
                                      SELECT
                                        "t112"."person_id",
                                        "t112"."benefit",
                                        "t112"."start_date",
                                        "t112"."window_start" AS "_from",
                                        "t112"."due0" AS "_to"
                                      FROM (
                                        SELECT
                                          "t111".*
                                          EXCLUDE ("_point")
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
                                            "t110"."required",
                                            "t110"."required_joint",
                                            "t110"."in_force",
                                            "t110"."_end_unconfirmed",
                                            "t110"."_point",
                                            CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                          FROM (
                                            SELECT
                                              "t109".*
                                              EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                                "t108"."_plain",
                                                "t108"."_needed",
                                                "t108"."_ipid",
                                                "t108"."_ibenefit",
                                                "t108"."_istart",
                                                "t108"."_i_start",
                                                "t108"."_i_end",
                                                "t108"."_cum",
                                                CASE
                                                  WHEN "t108"."_i_start" IS NOT NULL
                                                  THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                                  ELSE "t108"."_plain"
                                                END AS "_point"
                                              FROM (
                                                SELECT
                                                  "t107"."person_id",
                                                  "t107"."benefit",
                                                  "t107"."start_date",
                                                  "t107"."end_date",
                                                  "t107"."first_contact_date",
                                                  "t107"."target_group",
                                                  "t107"."first_absence_date",
                                                  "t107"."sickness_category",
                                                  "t107"."employed",
                                                  "t107"."handover_date",
                                                  "t107"."expected_absence_weeks",
                                                  "t107"."work_obligation",
                                                  "t107"."municipality",
                                                  "t107"."early_followup_request_date",
                                                  "t107"."education_order",
                                                  "t107"."periods",
                                                  "t107"."window_start",
                                                  "t107"."required",
                                                  "t107"."required_joint",
                                                  "t107"."in_force",
                                                  "t107"."_end_unconfirmed",
                                                  "t107"."_plain",
                                                  "t107"."_needed",
                                                  "t105"."_ipid",
                                                  "t105"."_ibenefit",
                                                  "t105"."_istart",
                                                  "t105"."_i_start",
                                                  "t105"."_i_end",
                                                  "t105"."_cum"
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
                                                    "t102"."start_date" AS "window_start",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) + COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required",
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 0
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 0
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    ) AS "required_joint",
                                                    (
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                        THEN CAST(NULL AS BIGINT)
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                        THEN 3
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 4
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    )
                                                    AND (
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END IS NOT NULL
                                                    ) AS "in_force",
                                                    COALESCE(
                                                      (
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 3
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 4
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NULL
                                                      )
                                                      AND COALESCE(
                                                        ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          "t102"."benefit"
                                                        )
                                                        OR ARRAY_CONTAINS(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                          CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                        ),
                                                        FALSE
                                                      ),
                                                      FALSE
                                                    ) AS "_end_unconfirmed",
                                                    CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                      COALESCE(
                                                        CASE
                                                          WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN 6
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END,
                                                        0
                                                      )
                                                    ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                    DATE_DIFF(
                                                      'DAY',
                                                      "t102"."start_date",
                                                      CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                        COALESCE(
                                                          CASE
                                                            WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                            THEN 6
                                                            ELSE CAST(NULL AS BIGINT)
                                                          END,
                                                          0
                                                        )
                                                      ) AS TIMESTAMP) AS DATE)
                                                    ) AS "_needed"
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
                                                      "t95"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t91"."person_id",
                                                          "t91"."benefit",
                                                          "t91"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t91"."_end"
                                                          END AS "end_date",
                                                          "t7"."first_contact_date",
                                                          "t7"."target_group",
                                                          "t7"."first_absence_date",
                                                          "t7"."sickness_category",
                                                          "t7"."employed",
                                                          "t7"."handover_date",
                                                          "t7"."expected_absence_weeks",
                                                          "t7"."work_obligation",
                                                          "t7"."municipality",
                                                          "t91"."early_followup_request_date",
                                                          "t91"."education_order",
                                                          "t91"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t88"."person_id",
                                                            "t88"."benefit",
                                                            "t88"."_key",
                                                            MAX("t88"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                            MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t87" AS "t88"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t91"
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
                                                        ) AS "t7"
                                                          ON "t91"."_first" = "t7"."_frid"
                                                      ) AS "t92"
                                                      WHERE
                                                        "t92"."benefit" IN ('dagpenge')
                                                    ) AS "t95"
                                                    ANTI JOIN (
                                                      SELECT
                                                        "t98"."person_id" AS "_k_person_id",
                                                        "t98"."benefit" AS "_k_benefit",
                                                        "t98"."start_date" AS "_k_start_date"
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
                                                          "t95"."periods"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM (
                                                            SELECT
                                                              "t91"."person_id",
                                                              "t91"."benefit",
                                                              "t91"."_key" AS "start_date",
                                                              CASE
                                                                WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                                THEN CAST(NULL AS DATE)
                                                                ELSE "t91"."_end"
                                                              END AS "end_date",
                                                              "t7"."first_contact_date",
                                                              "t7"."target_group",
                                                              "t7"."first_absence_date",
                                                              "t7"."sickness_category",
                                                              "t7"."employed",
                                                              "t7"."handover_date",
                                                              "t7"."expected_absence_weeks",
                                                              "t7"."work_obligation",
                                                              "t7"."municipality",
                                                              "t91"."early_followup_request_date",
                                                              "t91"."education_order",
                                                              "t91"."periods"
                                                            FROM (
                                                              SELECT
                                                                "t88"."person_id",
                                                                "t88"."benefit",
                                                                "t88"."_key",
                                                                MAX("t88"."_end") AS "_end",
                                                                COUNT(*) AS "periods",
                                                                FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                                MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                                BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                              FROM "t87" AS "t88"
                                                              GROUP BY
                                                                1,
                                                                2,
                                                                3
                                                            ) AS "t91"
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
                                                            ) AS "t7"
                                                              ON "t91"."_first" = "t7"."_frid"
                                                          ) AS "t92"
                                                          WHERE
                                                            "t92"."benefit" IN ('dagpenge')
                                                        ) AS "t95"
                                                        SEMI JOIN (
                                                          SELECT
                                                            "t2"."person_id" AS "_mpid",
                                                            "t2"."start_date" AS "_mstart"
                                                          FROM "benefit_periods" AS "t2"
                                                          WHERE
                                                            "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                        ) AS "t12"
                                                          ON "t95"."person_id" = "t12"."_mpid"
                                                          AND "t12"."_mstart" >= "t95"."start_date"
                                                          AND (
                                                            (
                                                              "t95"."end_date" IS NULL
                                                            ) OR (
                                                              "t12"."_mstart" <= "t95"."end_date"
                                                            )
                                                          )
                                                      ) AS "t98"
                                                      WHERE
                                                        CASE
                                                          WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                          THEN 6
                                                          WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                          THEN CAST(NULL AS BIGINT)
                                                          ELSE CAST(NULL AS BIGINT)
                                                        END IS NOT NULL
                                                    ) AS "t101"
                                                      ON "t95"."person_id" = "t101"."_k_person_id"
                                                      AND "t95"."benefit" = "t101"."_k_benefit"
                                                      AND "t95"."start_date" = "t101"."_k_start_date"
                                                  ) AS "t102"
                                                ) AS "t107"
                                                LEFT OUTER JOIN (
                                                  SELECT
                                                    "t103"."person_id" AS "_ipid",
                                                    "t103"."benefit" AS "_ibenefit",
                                                    "t103"."start_date" AS "_istart",
                                                    "t103"."i_start" AS "_i_start",
                                                    "t103"."i_end" AS "_i_end",
                                                    "t103"."cum_before" AS "_cum"
                                                  FROM (
                                                    SELECT
                                                      "t99"."person_id",
                                                      "t99"."benefit",
                                                      "t99"."_key" AS "start_date",
                                                      "t99"."i_start",
                                                      "t99"."i_end",
                                                      CAST(COALESCE(
                                                        SUM("t99"."_len") OVER (
                                                          PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                          ORDER BY "t99"."i_start" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                        ),
                                                        0
                                                      ) AS INT) AS "cum_before"
                                                    FROM (
                                                      SELECT
                                                        "t97"."person_id",
                                                        "t97"."benefit",
                                                        "t97"."_key",
                                                        "t97"."_island",
                                                        "t97"."i_start",
                                                        "t97"."i_end",
                                                        CASE
                                                          WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                          THEN 0
                                                          ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                        END AS "_len"
                                                      FROM (
                                                        SELECT
                                                          "t96"."person_id",
                                                          "t96"."benefit",
                                                          "t96"."_key",
                                                          "t96"."_island",
                                                          MIN("t96"."start_date") AS "i_start",
                                                          MAX("t96"."_end") AS "i_end"
                                                        FROM (
                                                          SELECT
                                                            "t93"."person_id",
                                                            "t93"."benefit",
                                                            "t93"."start_date",
                                                            "t93"."_end",
                                                            "t93"."_key",
                                                            "t93"."_acc",
                                                            "t93"."_rid",
                                                            "t93"."early_followup_request_date",
                                                            "t93"."education_order",
                                                            "t93"."_new",
                                                            SUM("t93"."_new") OVER (
                                                              PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                              ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                            ) AS "_island"
                                                          FROM (
                                                            SELECT
                                                              "t89"."person_id",
                                                              "t89"."benefit",
                                                              "t89"."start_date",
                                                              "t89"."_end",
                                                              "t89"."_key",
                                                              "t89"."_acc",
                                                              "t89"."_rid",
                                                              "t89"."early_followup_request_date",
                                                              "t89"."education_order",
                                                              CASE
                                                                WHEN MAX("t89"."_end") OVER (
                                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) IS NULL
                                                                THEN 1
                                                                WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                                  PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                                  ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                                  ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                                ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                                THEN 1
                                                                ELSE 0
                                                              END AS "_new"
                                                            FROM (
                                                              SELECT
                                                                *
                                                              FROM "t87" AS "t88"
                                                              WHERE
                                                                "t88"."_acc"
                                                            ) AS "t89"
                                                          ) AS "t93"
                                                        ) AS "t96"
                                                        GROUP BY
                                                          1,
                                                          2,
                                                          3,
                                                          4
                                                      ) AS "t97"
                                                    ) AS "t99"
                                                  ) AS "t103"
                                                ) AS "t105"
                                                  ON "t107"."person_id" = "t105"."_ipid"
                                                  AND "t107"."benefit" = "t105"."_ibenefit"
                                                  AND "t107"."start_date" = "t105"."_istart"
                                                  AND "t105"."_cum" < "t107"."_needed"
                                                  AND (
                                                    (
                                                      "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                    )
                                                    OR (
                                                      (
                                                        "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                      ) >= "t107"."_needed"
                                                    )
                                                  )
                                              ) AS "t108"
                                            ) AS "t109"
                                          ) AS "t110"
                                        ) AS "t111"
                                      ) AS "t112"
                                    ) AS "t115"
                                    INNER JOIN (
                                      SELECT
                                        "t1"."person_id" AS "_pid",
                                        "t1"."start_date" AS "_ex_start",
                                        "t1"."end_date" AS "_ex_end",
                                        "t1"."reason" AS "_ex_reason"
                                      FROM "exemptions" AS "t1"
                                      WHERE
                                        "t1"."start_date" <= CAST($as_of AS DATE)
                                    ) AS "t11"
                                      ON "t115"."person_id" = "t11"."_pid"
                                      AND "t11"."_ex_start" <= "t115"."_to"
                                      AND "t11"."_ex_end" >= "t115"."_from"
                                  ) AS "t116"
                                  GROUP BY
                                    1,
                                    2,
                                    3
                                ) AS "t118"
                                  ON "t113"."person_id" = "t118"."person_id"
                                  AND "t113"."benefit" = "t118"."benefit"
                                  AND "t113"."start_date" = "t118"."start_date"
                              ) AS "t119"
                            ) AS "t120"
                          ) AS "t122"
                          LEFT OUTER JOIN (
                            SELECT
                              "t103"."person_id" AS "_ipid",
                              "t103"."benefit" AS "_ibenefit",
                              "t103"."start_date" AS "_istart",
                              "t103"."i_start" AS "_i_start",
                              "t103"."i_end" AS "_i_end",
                              "t103"."cum_before" AS "_cum"
                            FROM (
                              SELECT
                                "t99"."person_id",
                                "t99"."benefit",
                                "t99"."_key" AS "start_date",
                                "t99"."i_start",
                                "t99"."i_end",
                                CAST(COALESCE(
                                  SUM("t99"."_len") OVER (
                                    PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                    ORDER BY "t99"."i_start" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                  ),
                                  0
                                ) AS INT) AS "cum_before"
                              FROM (
                                SELECT
                                  "t97"."person_id",
                                  "t97"."benefit",
                                  "t97"."_key",
                                  "t97"."_island",
                                  "t97"."i_start",
                                  "t97"."i_end",
                                  CASE
                                    WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                    THEN 0
                                    ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                  END AS "_len"
                                FROM (
                                  SELECT
                                    "t96"."person_id",
                                    "t96"."benefit",
                                    "t96"."_key",
                                    "t96"."_island",
                                    MIN("t96"."start_date") AS "i_start",
                                    MAX("t96"."_end") AS "i_end"
                                  FROM (
                                    SELECT
                                      "t93"."person_id",
                                      "t93"."benefit",
                                      "t93"."start_date",
                                      "t93"."_end",
                                      "t93"."_key",
                                      "t93"."_acc",
                                      "t93"."_rid",
                                      "t93"."early_followup_request_date",
                                      "t93"."education_order",
                                      "t93"."_new",
                                      SUM("t93"."_new") OVER (
                                        PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                        ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                      ) AS "_island"
                                    FROM (
                                      SELECT
                                        "t89"."person_id",
                                        "t89"."benefit",
                                        "t89"."start_date",
                                        "t89"."_end",
                                        "t89"."_key",
                                        "t89"."_acc",
                                        "t89"."_rid",
                                        "t89"."early_followup_request_date",
                                        "t89"."education_order",
                                        CASE
                                          WHEN MAX("t89"."_end") OVER (
                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) IS NULL
                                          THEN 1
                                          WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                            PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                            ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                            ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                          ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                          THEN 1
                                          ELSE 0
                                        END AS "_new"
                                      FROM (
                                        SELECT
                                          *
                                        FROM "t87" AS "t88"
                                        WHERE
                                          "t88"."_acc"
                                      ) AS "t89"
                                    ) AS "t93"
                                  ) AS "t96"
                                  GROUP BY
                                    1,
                                    2,
                                    3,
                                    4
                                ) AS "t97"
                              ) AS "t99"
                            ) AS "t103"
                          ) AS "t105"
                            ON "t122"."person_id" = "t105"."_ipid"
                            AND "t122"."benefit" = "t105"."_ibenefit"
                            AND "t122"."start_date" = "t105"."_istart"
                            AND "t105"."_cum" < "t122"."_needed"
                            AND (
                              (
                                "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                              )
                              OR (
                                (
                                  "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                ) >= "t122"."_needed"
                              )
                            )
                        ) AS "t123"
                      ) AS "t124"
                    ) AS "t125"
                  ) AS "t133"
                  INNER JOIN (
                    SELECT
                      *
                    FROM "conversations" AS "t0"
                    WHERE
                      "t0"."status" = 'afholdt'
                      AND COALESCE("t0"."individual", TRUE)
                      AND "t0"."date" <= CAST($as_of AS DATE)
                      AND "t0"."kind" IN ('faellessamtale')
                  ) AS "t9"
                    ON "t133"."person_id" = "t9"."person_id"
                    AND "t9"."date" >= "t133"."_first"
                    AND "t9"."date" <= "t133"."_last"
                ) AS "t135"
                WHERE
                  COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t135"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['jobcenter', 'anden_aktoer']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t135"."held_by"
                    ),
                    FALSE
                  )
                  AND COALESCE(
                    ARRAY_CONTAINS(
                      CASE
                        WHEN "t135"."window_start" >= MAKE_DATE(2020, 1, 1)
                        THEN ['personligt', 'telefon', 'video']
                        ELSE CAST(NULL AS TEXT[])
                      END,
                      "t135"."form"
                    ),
                    FALSE
                  )
              ) AS "t139"
              INNER JOIN (
                SELECT
                  "t125"."person_id",
                  "t125"."benefit",
                  "t125"."start_date",
                  "t125"."required_joint" AS "_n",
                  "t125"."due_date" AS "_due"
                FROM (
                  SELECT
                    "t124".*
                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
                  FROM (
                    SELECT
                      "t123"."person_id",
                      "t123"."benefit",
                      "t123"."start_date",
                      "t123"."end_date",
                      "t123"."first_contact_date",
                      "t123"."target_group",
                      "t123"."first_absence_date",
                      "t123"."sickness_category",
                      "t123"."employed",
                      "t123"."handover_date",
                      "t123"."expected_absence_weeks",
                      "t123"."work_obligation",
                      "t123"."municipality",
                      "t123"."early_followup_request_date",
                      "t123"."education_order",
                      "t123"."periods",
                      "t123"."window_start",
                      "t123"."required",
                      "t123"."required_joint",
                      "t123"."in_force",
                      "t123"."_end_unconfirmed",
                      "t123"."due0",
                      "t123"."exempt_days",
                      "t123"."exempt_now",
                      "t123"."exemption_note",
                      "t123"."due_date",
                      "t123"."_plain",
                      "t123"."_needed",
                      "t123"."_ipid",
                      "t123"."_ibenefit",
                      "t123"."_istart",
                      "t123"."_i_start",
                      "t123"."_i_end",
                      "t123"."_cum",
                      CASE
                        WHEN "t123"."_i_start" IS NOT NULL
                        THEN CAST(CAST("t123"."_i_start" + TO_DAYS(CAST("t123"."_needed" - "t123"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                        ELSE "t123"."_plain"
                      END AS "_count_from"
                    FROM (
                      SELECT
                        "t122"."person_id",
                        "t122"."benefit",
                        "t122"."start_date",
                        "t122"."end_date",
                        "t122"."first_contact_date",
                        "t122"."target_group",
                        "t122"."first_absence_date",
                        "t122"."sickness_category",
                        "t122"."employed",
                        "t122"."handover_date",
                        "t122"."expected_absence_weeks",
                        "t122"."work_obligation",
                        "t122"."municipality",
                        "t122"."early_followup_request_date",
                        "t122"."education_order",
                        "t122"."periods",
                        "t122"."window_start",
                        "t122"."required",
                        "t122"."required_joint",
                        "t122"."in_force",
                        "t122"."_end_unconfirmed",
                        "t122"."due0",
                        "t122"."exempt_days",
                        "t122"."exempt_now",
                        "t122"."exemption_note",
                        "t122"."due_date",
                        "t122"."_plain",
                        "t122"."_needed",
                        "t105"."_ipid",
                        "t105"."_ibenefit",
                        "t105"."_istart",
                        "t105"."_i_start",
                        "t105"."_i_end",
                        "t105"."_cum"
                      FROM (
                        SELECT
                          "t120"."person_id",
                          "t120"."benefit",
                          "t120"."start_date",
                          "t120"."end_date",
                          "t120"."first_contact_date",
                          "t120"."target_group",
                          "t120"."first_absence_date",
                          "t120"."sickness_category",
                          "t120"."employed",
                          "t120"."handover_date",
                          "t120"."expected_absence_weeks",
                          "t120"."work_obligation",
                          "t120"."municipality",
                          "t120"."early_followup_request_date",
                          "t120"."education_order",
                          "t120"."periods",
                          "t120"."window_start",
                          "t120"."required",
                          "t120"."required_joint",
                          "t120"."in_force",
                          "t120"."_end_unconfirmed",
                          "t120"."due0",
                          COALESCE("t120"."exempt_days", 0) AS "exempt_days",
                          COALESCE("t120"."exempt_now", FALSE) AS "exempt_now",
                          COALESCE("t120"."exemption_note", '') AS "exemption_note",
                          CAST(CAST("t120"."due0" + TO_DAYS(
                            CASE
                              WHEN COALESCE(
                                CASE
                                  WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN TRUE
                                  ELSE CAST(NULL AS BOOLEAN)
                                END,
                                FALSE
                              )
                              THEN COALESCE("t120"."exempt_days", 0)
                              ELSE 0
                            END
                          ) AS TIMESTAMP) AS DATE) AS "due_date",
                          CAST(CAST("t120"."window_start" + TO_MONTHS(
                            COALESCE(
                              CASE
                                WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                THEN 3
                                WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                THEN 0
                                ELSE CAST(NULL AS BIGINT)
                              END,
                              0
                            )
                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                          DATE_DIFF(
                            'DAY',
                            "t120"."window_start",
                            CAST(CAST("t120"."window_start" + TO_MONTHS(
                              COALESCE(
                                CASE
                                  WHEN "t120"."window_start" >= MAKE_DATE(2024, 1, 1)
                                  THEN 3
                                  WHEN "t120"."window_start" >= MAKE_DATE(2020, 1, 1)
                                  THEN 0
                                  ELSE CAST(NULL AS BIGINT)
                                END,
                                0
                              )
                            ) AS TIMESTAMP) AS DATE)
                          ) AS "_needed"
                        FROM (
                          SELECT
                            "t119".*
                            EXCLUDE ("benefit_right", "person_id_right", "start_date_right")
                          FROM (
                            SELECT
                              "t113"."person_id",
                              "t113"."benefit",
                              "t113"."start_date",
                              "t113"."end_date",
                              "t113"."first_contact_date",
                              "t113"."target_group",
                              "t113"."first_absence_date",
                              "t113"."sickness_category",
                              "t113"."employed",
                              "t113"."handover_date",
                              "t113"."expected_absence_weeks",
                              "t113"."work_obligation",
                              "t113"."municipality",
                              "t113"."early_followup_request_date",
                              "t113"."education_order",
                              "t113"."periods",
                              "t113"."window_start",
                              "t113"."required",
                              "t113"."required_joint",
                              "t113"."in_force",
                              "t113"."_end_unconfirmed",
                              "t113"."due0",
                              "t118"."person_id" AS "person_id_right",
                              "t118"."benefit" AS "benefit_right",
                              "t118"."start_date" AS "start_date_right",
                              "t118"."exempt_days",
                              "t118"."exempt_now",
                              "t118"."exemption_note"
                            FROM (
                              SELECT
                                "t111".*
                                EXCLUDE ("_point")
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
                                  "t110"."required",
                                  "t110"."required_joint",
                                  "t110"."in_force",
                                  "t110"."_end_unconfirmed",
                                  "t110"."_point",
                                  CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                FROM (
                                  SELECT
                                    "t109".*
                                    EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                      "t108"."_plain",
                                      "t108"."_needed",
                                      "t108"."_ipid",
                                      "t108"."_ibenefit",
                                      "t108"."_istart",
                                      "t108"."_i_start",
                                      "t108"."_i_end",
                                      "t108"."_cum",
                                      CASE
                                        WHEN "t108"."_i_start" IS NOT NULL
                                        THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                        ELSE "t108"."_plain"
                                      END AS "_point"
                                    FROM (
                                      SELECT
                                        "t107"."person_id",
                                        "t107"."benefit",
                                        "t107"."start_date",
                                        "t107"."end_date",
                                        "t107"."first_contact_date",
                                        "t107"."target_group",
                                        "t107"."first_absence_date",
                                        "t107"."sickness_category",
                                        "t107"."employed",
                                        "t107"."handover_date",
                                        "t107"."expected_absence_weeks",
                                        "t107"."work_obligation",
                                        "t107"."municipality",
                                        "t107"."early_followup_request_date",
                                        "t107"."education_order",
                                        "t107"."periods",
                                        "t107"."window_start",
                                        "t107"."required",
                                        "t107"."required_joint",
                                        "t107"."in_force",
                                        "t107"."_end_unconfirmed",
                                        "t107"."_plain",
                                        "t107"."_needed",
                                        "t105"."_ipid",
                                        "t105"."_ibenefit",
                                        "t105"."_istart",
                                        "t105"."_i_start",
                                        "t105"."_i_end",
                                        "t105"."_cum"
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
                                          "t102"."start_date" AS "window_start",
                                          COALESCE(
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) + COALESCE(
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required",
                                          COALESCE(
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 0
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 0
                                              ELSE CAST(NULL AS BIGINT)
                                            END,
                                            0
                                          ) AS "required_joint",
                                          (
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                              THEN CAST(NULL AS BIGINT)
                                              WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                              THEN 3
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 4
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          )
                                          AND (
                                            CASE
                                              WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                              THEN 6
                                              ELSE CAST(NULL AS BIGINT)
                                            END IS NOT NULL
                                          ) AS "in_force",
                                          COALESCE(
                                            (
                                              CASE
                                                WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 3
                                                WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 4
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NULL
                                            )
                                            AND COALESCE(
                                              ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                "t102"."benefit"
                                              )
                                              OR ARRAY_CONTAINS(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                              ),
                                              FALSE
                                            ),
                                            FALSE
                                          ) AS "_end_unconfirmed",
                                          CAST(CAST("t102"."start_date" + TO_MONTHS(
                                            COALESCE(
                                              CASE
                                                WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN 6
                                                ELSE CAST(NULL AS BIGINT)
                                              END,
                                              0
                                            )
                                          ) AS TIMESTAMP) AS DATE) AS "_plain",
                                          DATE_DIFF(
                                            'DAY',
                                            "t102"."start_date",
                                            CAST(CAST("t102"."start_date" + TO_MONTHS(
                                              COALESCE(
                                                CASE
                                                  WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                  THEN 6
                                                  ELSE CAST(NULL AS BIGINT)
                                                END,
                                                0
                                              )
                                            ) AS TIMESTAMP) AS DATE)
                                          ) AS "_needed"
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
                                            "t95"."periods"
                                          FROM (
                                            SELECT
                                              *
                                            FROM (
                                              SELECT
                                                "t91"."person_id",
                                                "t91"."benefit",
                                                "t91"."_key" AS "start_date",
                                                CASE
                                                  WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                  THEN CAST(NULL AS DATE)
                                                  ELSE "t91"."_end"
                                                END AS "end_date",
                                                "t7"."first_contact_date",
                                                "t7"."target_group",
                                                "t7"."first_absence_date",
                                                "t7"."sickness_category",
                                                "t7"."employed",
                                                "t7"."handover_date",
                                                "t7"."expected_absence_weeks",
                                                "t7"."work_obligation",
                                                "t7"."municipality",
                                                "t91"."early_followup_request_date",
                                                "t91"."education_order",
                                                "t91"."periods"
                                              FROM (
                                                SELECT
                                                  "t88"."person_id",
                                                  "t88"."benefit",
                                                  "t88"."_key",
                                                  MAX("t88"."_end") AS "_end",
                                                  COUNT(*) AS "periods",
                                                  FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                  MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                  BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                FROM "t87" AS "t88"
                                                GROUP BY
                                                  1,
                                                  2,
                                                  3
                                              ) AS "t91"
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
                                              ) AS "t7"
                                                ON "t91"."_first" = "t7"."_frid"
                                            ) AS "t92"
                                            WHERE
                                              "t92"."benefit" IN ('dagpenge')
                                          ) AS "t95"
                                          ANTI JOIN (
                                            SELECT
                                              "t98"."person_id" AS "_k_person_id",
                                              "t98"."benefit" AS "_k_benefit",
                                              "t98"."start_date" AS "_k_start_date"
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
                                                "t95"."periods"
                                              FROM (
                                                SELECT
                                                  *
                                                FROM (
                                                  SELECT
                                                    "t91"."person_id",
                                                    "t91"."benefit",
                                                    "t91"."_key" AS "start_date",
                                                    CASE
                                                      WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN CAST(NULL AS DATE)
                                                      ELSE "t91"."_end"
                                                    END AS "end_date",
                                                    "t7"."first_contact_date",
                                                    "t7"."target_group",
                                                    "t7"."first_absence_date",
                                                    "t7"."sickness_category",
                                                    "t7"."employed",
                                                    "t7"."handover_date",
                                                    "t7"."expected_absence_weeks",
                                                    "t7"."work_obligation",
                                                    "t7"."municipality",
                                                    "t91"."early_followup_request_date",
                                                    "t91"."education_order",
                                                    "t91"."periods"
                                                  FROM (
                                                    SELECT
                                                      "t88"."person_id",
                                                      "t88"."benefit",
                                                      "t88"."_key",
                                                      MAX("t88"."_end") AS "_end",
                                                      COUNT(*) AS "periods",
                                                      FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                      MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                      BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                    FROM "t87" AS "t88"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3
                                                  ) AS "t91"
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
                                                  ) AS "t7"
                                                    ON "t91"."_first" = "t7"."_frid"
                                                ) AS "t92"
                                                WHERE
                                                  "t92"."benefit" IN ('dagpenge')
                                              ) AS "t95"
                                              SEMI JOIN (
                                                SELECT
                                                  "t2"."person_id" AS "_mpid",
                                                  "t2"."start_date" AS "_mstart"
                                                FROM "benefit_periods" AS "t2"
                                                WHERE
                                                  "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                              ) AS "t12"
                                                ON "t95"."person_id" = "t12"."_mpid"
                                                AND "t12"."_mstart" >= "t95"."start_date"
                                                AND (
                                                  (
                                                    "t95"."end_date" IS NULL
                                                  ) OR (
                                                    "t12"."_mstart" <= "t95"."end_date"
                                                  )
                                                )
                                            ) AS "t98"
                                            WHERE
                                              CASE
                                                WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                THEN 6
                                                WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                THEN CAST(NULL AS BIGINT)
                                                ELSE CAST(NULL AS BIGINT)
                                              END IS NOT NULL
                                          ) AS "t101"
                                            ON "t95"."person_id" = "t101"."_k_person_id"
                                            AND "t95"."benefit" = "t101"."_k_benefit"
                                            AND "t95"."start_date" = "t101"."_k_start_date"
                                        ) AS "t102"
                                      ) AS "t107"
                                      LEFT OUTER JOIN (
                                        SELECT
                                          "t103"."person_id" AS "_ipid",
                                          "t103"."benefit" AS "_ibenefit",
                                          "t103"."start_date" AS "_istart",
                                          "t103"."i_start" AS "_i_start",
                                          "t103"."i_end" AS "_i_end",
                                          "t103"."cum_before" AS "_cum"
                                        FROM (
                                          SELECT
                                            "t99"."person_id",
                                            "t99"."benefit",
                                            "t99"."_key" AS "start_date",
                                            "t99"."i_start",
                                            "t99"."i_end",
                                            CAST(COALESCE(
                                              SUM("t99"."_len") OVER (
                                                PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                ORDER BY "t99"."i_start" ASC
                                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                              ),
                                              0
                                            ) AS INT) AS "cum_before"
                                          FROM (
                                            SELECT
                                              "t97"."person_id",
                                              "t97"."benefit",
                                              "t97"."_key",
                                              "t97"."_island",
                                              "t97"."i_start",
                                              "t97"."i_end",
                                              CASE
                                                WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                THEN 0
                                                ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                              END AS "_len"
                                            FROM (
                                              SELECT
                                                "t96"."person_id",
                                                "t96"."benefit",
                                                "t96"."_key",
                                                "t96"."_island",
                                                MIN("t96"."start_date") AS "i_start",
                                                MAX("t96"."_end") AS "i_end"
                                              FROM (
                                                SELECT
                                                  "t93"."person_id",
                                                  "t93"."benefit",
                                                  "t93"."start_date",
                                                  "t93"."_end",
                                                  "t93"."_key",
                                                  "t93"."_acc",
                                                  "t93"."_rid",
                                                  "t93"."early_followup_request_date",
                                                  "t93"."education_order",
                                                  "t93"."_new",
                                                  SUM("t93"."_new") OVER (
                                                    PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                    ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                  ) AS "_island"
                                                FROM (
                                                  SELECT
                                                    "t89"."person_id",
                                                    "t89"."benefit",
                                                    "t89"."start_date",
                                                    "t89"."_end",
                                                    "t89"."_key",
                                                    "t89"."_acc",
                                                    "t89"."_rid",
                                                    "t89"."early_followup_request_date",
                                                    "t89"."education_order",
                                                    CASE
                                                      WHEN MAX("t89"."_end") OVER (
                                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                        ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) IS NULL
                                                      THEN 1
                                                      WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                        ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                      THEN 1
                                                      ELSE 0
                                                    END AS "_new"
                                                  FROM (
                                                    SELECT
                                                      *
                                                    FROM "t87" AS "t88"
                                                    WHERE
                                                      "t88"."_acc"
                                                  ) AS "t89"
                                                ) AS "t93"
                                              ) AS "t96"
                                              GROUP BY
                                                1,
                                                2,
                                                3,
                                                4
                                            ) AS "t97"
                                          ) AS "t99"
                                        ) AS "t103"
                                      ) AS "t105"
                                        ON "t107"."person_id" = "t105"."_ipid"
                                        AND "t107"."benefit" = "t105"."_ibenefit"
                                        AND "t107"."start_date" = "t105"."_istart"
                                        AND "t105"."_cum" < "t107"."_needed"
                                        AND (
                                          (
                                            "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                          )
                                          OR (
                                            (
                                              "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                            ) >= "t107"."_needed"
                                          )
                                        )
                                    ) AS "t108"
                                  ) AS "t109"
                                ) AS "t110"
                              ) AS "t111"
                            ) AS "t113"
                            LEFT OUTER JOIN (
                              SELECT
                                "t116"."person_id",
                                "t116"."benefit",
                                "t116"."start_date",
                                CAST(SUM(
                                  DATE_DIFF(
                                    'DAY',
                                    GREATEST("t116"."_ex_start", "t116"."_from"),
                                    LEAST("t116"."_ex_end", "t116"."_to")
                                  ) + 1
                                ) AS INT) AS "exempt_days",
                                BOOL_OR(
                                  CAST((
                                    "t116"."_ex_start" <= CAST($as_of AS DATE)
                                  )
                                  AND (
                                    "t116"."_ex_end" >= CAST($as_of AS DATE)
                                  ) AS BOOLEAN)
                                ) AS "exempt_now",
                                ARRAY_TO_STRING(
                                  LIST_SORT(
                                    ARRAY_AGG(
                                      CASE
                                        WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                        OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                        OR "t116"."_ex_reason" IS NULL
                                        THEN NULL
                                        ELSE CONCAT(
                                          'fritaget ',
                                          CAST("t116"."_ex_start" AS TEXT),
                                          '–',
                                          CAST("t116"."_ex_end" AS TEXT),
                                          ' (',
                                          "t116"."_ex_reason",
                                          ')'
                                        )
                                      END
                                    ) FILTER(WHERE
                                      CASE
                                        WHEN CAST("t116"."_ex_start" AS TEXT) IS NULL
                                        OR CAST("t116"."_ex_end" AS TEXT) IS NULL
                                        OR "t116"."_ex_reason" IS NULL
                                        THEN NULL
                                        ELSE CONCAT(
                                          'fritaget ',
                                          CAST("t116"."_ex_start" AS TEXT),
                                          '–',
                                          CAST("t116"."_ex_end" AS TEXT),
                                          ' (',
                                          "t116"."_ex_reason",
                                          ')'
                                        )
                                      END IS NOT NULL)
                                  ),
                                  ', '
                                ) AS "exemption_note"
                              FROM (
                                SELECT
                                  "t115"."person_id",
                                  "t115"."benefit",
                                  "t115"."start_date",
                                  "t115"."_from",
                                  "t115"."_to",
                                  "t11"."_pid",
                                  "t11"."_ex_start",
                                  "t11"."_ex_end",
                                  "t11"."_ex_reason"
                                FROM (
                                  SELECT
                                    "t112"."person_id",
                                    "t112"."benefit",
                                    "t112"."start_date",
                                    "t112"."window_start" AS "_from",
                                    "t112"."due0" AS "_to"
                                  FROM (
                                    SELECT
                                      "t111".*
                                      EXCLUDE ("_point")
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
                                        "t110"."required",
                                        "t110"."required_joint",
                                        "t110"."in_force",
                                        "t110"."_end_unconfirmed",
                                        "t110"."_point",
                                        CAST(CAST("t110"."_point" + TO_DAYS(-1) AS TIMESTAMP) AS DATE) AS "due0"
                                      FROM (
                                        SELECT
                                          "t109".*
                                          EXCLUDE ("_cum", "_i_end", "_i_start", "_ibenefit", "_ipid", "_istart", "_needed", "_plain")
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
                                            "t108"."_plain",
                                            "t108"."_needed",
                                            "t108"."_ipid",
                                            "t108"."_ibenefit",
                                            "t108"."_istart",
                                            "t108"."_i_start",
                                            "t108"."_i_end",
                                            "t108"."_cum",
                                            CASE
                                              WHEN "t108"."_i_start" IS NOT NULL
                                              THEN CAST(CAST("t108"."_i_start" + TO_DAYS(CAST("t108"."_needed" - "t108"."_cum" AS INT)) AS TIMESTAMP) AS DATE)
                                              ELSE "t108"."_plain"
                                            END AS "_point"
                                          FROM (
                                            SELECT
                                              "t107"."person_id",
                                              "t107"."benefit",
                                              "t107"."start_date",
                                              "t107"."end_date",
                                              "t107"."first_contact_date",
                                              "t107"."target_group",
                                              "t107"."first_absence_date",
                                              "t107"."sickness_category",
                                              "t107"."employed",
                                              "t107"."handover_date",
                                              "t107"."expected_absence_weeks",
                                              "t107"."work_obligation",
                                              "t107"."municipality",
                                              "t107"."early_followup_request_date",
                                              "t107"."education_order",
                                              "t107"."periods",
                                              "t107"."window_start",
                                              "t107"."required",
                                              "t107"."required_joint",
                                              "t107"."in_force",
                                              "t107"."_end_unconfirmed",
                                              "t107"."_plain",
                                              "t107"."_needed",
                                              "t105"."_ipid",
                                              "t105"."_ibenefit",
                                              "t105"."_istart",
                                              "t105"."_i_start",
                                              "t105"."_i_end",
                                              "t105"."_cum"
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
                                                "t102"."start_date" AS "window_start",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) + COALESCE(
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required",
                                                COALESCE(
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 0
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 0
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END,
                                                  0
                                                ) AS "required_joint",
                                                (
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                    THEN CAST(NULL AS BIGINT)
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                    THEN 3
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 4
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                )
                                                AND (
                                                  CASE
                                                    WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                    THEN 6
                                                    ELSE CAST(NULL AS BIGINT)
                                                  END IS NOT NULL
                                                ) AS "in_force",
                                                COALESCE(
                                                  (
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 3
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 4
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NULL
                                                  )
                                                  AND COALESCE(
                                                    ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      "t102"."benefit"
                                                    )
                                                    OR ARRAY_CONTAINS(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2026, 7, 1)
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
                                                      CASE WHEN "t102"."benefit" IS NULL THEN NULL ELSE CONCAT("t102"."benefit", ':') END || COALESCE("t102"."target_group", '')
                                                    ),
                                                    FALSE
                                                  ),
                                                  FALSE
                                                ) AS "_end_unconfirmed",
                                                CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                  COALESCE(
                                                    CASE
                                                      WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN 6
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END,
                                                    0
                                                  )
                                                ) AS TIMESTAMP) AS DATE) AS "_plain",
                                                DATE_DIFF(
                                                  'DAY',
                                                  "t102"."start_date",
                                                  CAST(CAST("t102"."start_date" + TO_MONTHS(
                                                    COALESCE(
                                                      CASE
                                                        WHEN "t102"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                        THEN 6
                                                        ELSE CAST(NULL AS BIGINT)
                                                      END,
                                                      0
                                                    )
                                                  ) AS TIMESTAMP) AS DATE)
                                                ) AS "_needed"
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
                                                  "t95"."periods"
                                                FROM (
                                                  SELECT
                                                    *
                                                  FROM (
                                                    SELECT
                                                      "t91"."person_id",
                                                      "t91"."benefit",
                                                      "t91"."_key" AS "start_date",
                                                      CASE
                                                        WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                        THEN CAST(NULL AS DATE)
                                                        ELSE "t91"."_end"
                                                      END AS "end_date",
                                                      "t7"."first_contact_date",
                                                      "t7"."target_group",
                                                      "t7"."first_absence_date",
                                                      "t7"."sickness_category",
                                                      "t7"."employed",
                                                      "t7"."handover_date",
                                                      "t7"."expected_absence_weeks",
                                                      "t7"."work_obligation",
                                                      "t7"."municipality",
                                                      "t91"."early_followup_request_date",
                                                      "t91"."education_order",
                                                      "t91"."periods"
                                                    FROM (
                                                      SELECT
                                                        "t88"."person_id",
                                                        "t88"."benefit",
                                                        "t88"."_key",
                                                        MAX("t88"."_end") AS "_end",
                                                        COUNT(*) AS "periods",
                                                        FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                        MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                        BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                      FROM "t87" AS "t88"
                                                      GROUP BY
                                                        1,
                                                        2,
                                                        3
                                                    ) AS "t91"
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
                                                    ) AS "t7"
                                                      ON "t91"."_first" = "t7"."_frid"
                                                  ) AS "t92"
                                                  WHERE
                                                    "t92"."benefit" IN ('dagpenge')
                                                ) AS "t95"
                                                ANTI JOIN (
                                                  SELECT
                                                    "t98"."person_id" AS "_k_person_id",
                                                    "t98"."benefit" AS "_k_benefit",
                                                    "t98"."start_date" AS "_k_start_date"
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
                                                      "t95"."periods"
                                                    FROM (
                                                      SELECT
                                                        *
                                                      FROM (
                                                        SELECT
                                                          "t91"."person_id",
                                                          "t91"."benefit",
                                                          "t91"."_key" AS "start_date",
                                                          CASE
                                                            WHEN "t91"."_end" = MAKE_DATE(9999, 12, 31)
                                                            THEN CAST(NULL AS DATE)
                                                            ELSE "t91"."_end"
                                                          END AS "end_date",
                                                          "t7"."first_contact_date",
                                                          "t7"."target_group",
                                                          "t7"."first_absence_date",
                                                          "t7"."sickness_category",
                                                          "t7"."employed",
                                                          "t7"."handover_date",
                                                          "t7"."expected_absence_weeks",
                                                          "t7"."work_obligation",
                                                          "t7"."municipality",
                                                          "t91"."early_followup_request_date",
                                                          "t91"."education_order",
                                                          "t91"."periods"
                                                        FROM (
                                                          SELECT
                                                            "t88"."person_id",
                                                            "t88"."benefit",
                                                            "t88"."_key",
                                                            MAX("t88"."_end") AS "_end",
                                                            COUNT(*) AS "periods",
                                                            FIRST("t88"."_rid" ORDER BY "t88"."start_date") AS "_first",
                                                            MIN("t88"."early_followup_request_date") AS "early_followup_request_date",
                                                            BOOL_OR(CAST(COALESCE("t88"."education_order", FALSE) AS BOOLEAN)) AS "education_order"
                                                          FROM "t87" AS "t88"
                                                          GROUP BY
                                                            1,
                                                            2,
                                                            3
                                                        ) AS "t91"
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
                                                        ) AS "t7"
                                                          ON "t91"."_first" = "t7"."_frid"
                                                      ) AS "t92"
                                                      WHERE
                                                        "t92"."benefit" IN ('dagpenge')
                                                    ) AS "t95"
                                                    SEMI JOIN (
                                                      SELECT
                                                        "t2"."person_id" AS "_mpid",
                                                        "t2"."start_date" AS "_mstart"
                                                      FROM "benefit_periods" AS "t2"
                                                      WHERE
                                                        "t2"."benefit" = 'dagpenge' AND COALESCE("t2"."jobcentre_course", FALSE)
                                                    ) AS "t12"
                                                      ON "t95"."person_id" = "t12"."_mpid"
                                                      AND "t12"."_mstart" >= "t95"."start_date"
                                                      AND (
                                                        (
                                                          "t95"."end_date" IS NULL
                                                        ) OR (
                                                          "t12"."_mstart" <= "t95"."end_date"
                                                        )
                                                      )
                                                  ) AS "t98"
                                                  WHERE
                                                    CASE
                                                      WHEN "t98"."start_date" >= MAKE_DATE(2026, 7, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      WHEN "t98"."start_date" >= MAKE_DATE(2024, 1, 1)
                                                      THEN 6
                                                      WHEN "t98"."start_date" >= MAKE_DATE(2020, 1, 1)
                                                      THEN CAST(NULL AS BIGINT)
                                                      ELSE CAST(NULL AS BIGINT)
                                                    END IS NOT NULL
                                                ) AS "t101"
                                                  ON "t95"."person_id" = "t101"."_k_person_id"
                                                  AND "t95"."benefit" = "t101"."_k_benefit"
                                                  AND "t95"."start_date" = "t101"."_k_start_date"
                                              ) AS "t102"
                                            ) AS "t107"
                                            LEFT OUTER JOIN (
                                              SELECT
                                                "t103"."person_id" AS "_ipid",
                                                "t103"."benefit" AS "_ibenefit",
                                                "t103"."start_date" AS "_istart",
                                                "t103"."i_start" AS "_i_start",
                                                "t103"."i_end" AS "_i_end",
                                                "t103"."cum_before" AS "_cum"
                                              FROM (
                                                SELECT
                                                  "t99"."person_id",
                                                  "t99"."benefit",
                                                  "t99"."_key" AS "start_date",
                                                  "t99"."i_start",
                                                  "t99"."i_end",
                                                  CAST(COALESCE(
                                                    SUM("t99"."_len") OVER (
                                                      PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                                      ORDER BY "t99"."i_start" ASC
                                                      ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                    ),
                                                    0
                                                  ) AS INT) AS "cum_before"
                                                FROM (
                                                  SELECT
                                                    "t97"."person_id",
                                                    "t97"."benefit",
                                                    "t97"."_key",
                                                    "t97"."_island",
                                                    "t97"."i_start",
                                                    "t97"."i_end",
                                                    CASE
                                                      WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                                      THEN 0
                                                      ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                                                    END AS "_len"
                                                  FROM (
                                                    SELECT
                                                      "t96"."person_id",
                                                      "t96"."benefit",
                                                      "t96"."_key",
                                                      "t96"."_island",
                                                      MIN("t96"."start_date") AS "i_start",
                                                      MAX("t96"."_end") AS "i_end"
                                                    FROM (
                                                      SELECT
                                                        "t93"."person_id",
                                                        "t93"."benefit",
                                                        "t93"."start_date",
                                                        "t93"."_end",
                                                        "t93"."_key",
                                                        "t93"."_acc",
                                                        "t93"."_rid",
                                                        "t93"."early_followup_request_date",
                                                        "t93"."education_order",
                                                        "t93"."_new",
                                                        SUM("t93"."_new") OVER (
                                                          PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                                          ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                                        ) AS "_island"
                                                      FROM (
                                                        SELECT
                                                          "t89"."person_id",
                                                          "t89"."benefit",
                                                          "t89"."start_date",
                                                          "t89"."_end",
                                                          "t89"."_key",
                                                          "t89"."_acc",
                                                          "t89"."_rid",
                                                          "t89"."early_followup_request_date",
                                                          "t89"."education_order",
                                                          CASE
                                                            WHEN MAX("t89"."_end") OVER (
                                                              PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                              ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) IS NULL
                                                            THEN 1
                                                            WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                                              PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                                              ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                                            ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                                            THEN 1
                                                            ELSE 0
                                                          END AS "_new"
                                                        FROM (
                                                          SELECT
                                                            *
                                                          FROM "t87" AS "t88"
                                                          WHERE
                                                            "t88"."_acc"
                                                        ) AS "t89"
                                                      ) AS "t93"
                                                    ) AS "t96"
                                                    GROUP BY
                                                      1,
                                                      2,
                                                      3,
                                                      4
                                                  ) AS "t97"
                                                ) AS "t99"
                                              ) AS "t103"
                                            ) AS "t105"
                                              ON "t107"."person_id" = "t105"."_ipid"
                                              AND "t107"."benefit" = "t105"."_ibenefit"
                                              AND "t107"."start_date" = "t105"."_istart"
                                              AND "t105"."_cum" < "t107"."_needed"
                                              AND (
                                                (
                                                  "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                                                )
                                                OR (
                                                  (
                                                    "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                                                  ) >= "t107"."_needed"
                                                )
                                              )
                                          ) AS "t108"
                                        ) AS "t109"
                                      ) AS "t110"
                                    ) AS "t111"
                                  ) AS "t112"
                                ) AS "t115"
                                INNER JOIN (
                                  SELECT
                                    "t1"."person_id" AS "_pid",
                                    "t1"."start_date" AS "_ex_start",
                                    "t1"."end_date" AS "_ex_end",
                                    "t1"."reason" AS "_ex_reason"
                                  FROM "exemptions" AS "t1"
                                  WHERE
                                    "t1"."start_date" <= CAST($as_of AS DATE)
                                ) AS "t11"
                                  ON "t115"."person_id" = "t11"."_pid"
                                  AND "t11"."_ex_start" <= "t115"."_to"
                                  AND "t11"."_ex_end" >= "t115"."_from"
                              ) AS "t116"
                              GROUP BY
                                1,
                                2,
                                3
                            ) AS "t118"
                              ON "t113"."person_id" = "t118"."person_id"
                              AND "t113"."benefit" = "t118"."benefit"
                              AND "t113"."start_date" = "t118"."start_date"
                          ) AS "t119"
                        ) AS "t120"
                      ) AS "t122"
                      LEFT OUTER JOIN (
                        SELECT
                          "t103"."person_id" AS "_ipid",
                          "t103"."benefit" AS "_ibenefit",
                          "t103"."start_date" AS "_istart",
                          "t103"."i_start" AS "_i_start",
                          "t103"."i_end" AS "_i_end",
                          "t103"."cum_before" AS "_cum"
                        FROM (
                          SELECT
                            "t99"."person_id",
                            "t99"."benefit",
                            "t99"."_key" AS "start_date",
                            "t99"."i_start",
                            "t99"."i_end",
                            CAST(COALESCE(
                              SUM("t99"."_len") OVER (
                                PARTITION BY "t99"."person_id", "t99"."benefit", "t99"."_key"
                                ORDER BY "t99"."i_start" ASC
                                ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                              ),
                              0
                            ) AS INT) AS "cum_before"
                          FROM (
                            SELECT
                              "t97"."person_id",
                              "t97"."benefit",
                              "t97"."_key",
                              "t97"."_island",
                              "t97"."i_start",
                              "t97"."i_end",
                              CASE
                                WHEN "t97"."i_end" = MAKE_DATE(9999, 12, 31)
                                THEN 0
                                ELSE DATE_DIFF('DAY', "t97"."i_start", "t97"."i_end") + 1
                              END AS "_len"
                            FROM (
                              SELECT
                                "t96"."person_id",
                                "t96"."benefit",
                                "t96"."_key",
                                "t96"."_island",
                                MIN("t96"."start_date") AS "i_start",
                                MAX("t96"."_end") AS "i_end"
                              FROM (
                                SELECT
                                  "t93"."person_id",
                                  "t93"."benefit",
                                  "t93"."start_date",
                                  "t93"."_end",
                                  "t93"."_key",
                                  "t93"."_acc",
                                  "t93"."_rid",
                                  "t93"."early_followup_request_date",
                                  "t93"."education_order",
                                  "t93"."_new",
                                  SUM("t93"."_new") OVER (
                                    PARTITION BY "t93"."person_id", "t93"."benefit", "t93"."_key"
                                    ORDER BY "t93"."start_date" ASC, "t93"."_end" ASC
                                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
                                  ) AS "_island"
                                FROM (
                                  SELECT
                                    "t89"."person_id",
                                    "t89"."benefit",
                                    "t89"."start_date",
                                    "t89"."_end",
                                    "t89"."_key",
                                    "t89"."_acc",
                                    "t89"."_rid",
                                    "t89"."early_followup_request_date",
                                    "t89"."education_order",
                                    CASE
                                      WHEN MAX("t89"."_end") OVER (
                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                        ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) IS NULL
                                      THEN 1
                                      WHEN "t89"."start_date" > CAST(CAST(MAX("t89"."_end") OVER (
                                        PARTITION BY "t89"."person_id", "t89"."benefit", "t89"."_key"
                                        ORDER BY "t89"."start_date" ASC, "t89"."_end" ASC
                                        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 preceding
                                      ) + TO_DAYS(1) AS TIMESTAMP) AS DATE)
                                      THEN 1
                                      ELSE 0
                                    END AS "_new"
                                  FROM (
                                    SELECT
                                      *
                                    FROM "t87" AS "t88"
                                    WHERE
                                      "t88"."_acc"
                                  ) AS "t89"
                                ) AS "t93"
                              ) AS "t96"
                              GROUP BY
                                1,
                                2,
                                3,
                                4
                            ) AS "t97"
                          ) AS "t99"
                        ) AS "t103"
                      ) AS "t105"
                        ON "t122"."person_id" = "t105"."_ipid"
                        AND "t122"."benefit" = "t105"."_ibenefit"
                        AND "t122"."start_date" = "t105"."_istart"
                        AND "t105"."_cum" < "t122"."_needed"
                        AND (
                          (
                            "t105"."_i_end" = MAKE_DATE(9999, 12, 31)
                          )
                          OR (
                            (
                              "t105"."_cum" + DATE_DIFF('DAY', "t105"."_i_start", "t105"."_i_end") + 1
                            ) >= "t122"."_needed"
                          )
                        )
                    ) AS "t123"
                  ) AS "t124"
                ) AS "t125"
              ) AS "t129"
                ON "t139"."person_id" = "t129"."person_id"
                AND "t139"."benefit" = "t129"."benefit"
                AND "t139"."start_date" = "t129"."start_date"
            ) AS "t141"
            WHERE
              "t141"."_n" > 0
          ) AS "t143"
          GROUP BY
            1,
            2,
            3
        ) AS "t145"
      ) AS "t149"
        ON "t153"."person_id" = "t149"."person_id"
        AND "t153"."benefit" = "t149"."benefit"
        AND "t153"."start_date" = "t149"."start_date"
    ) AS "t154"
  ) AS "t155"
) AS "t156"
